# One image recipe for the three services (and the topic-creation job):
#   docker build --build-arg SERVICE=booking -t counselling/booking .
# Services run their TypeScript sources through tsx (no build step, see
# docs/adr/0002-typescript-runtime-without-build-step.md).

FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
COPY packages/contracts/package.json packages/contracts/
COPY packages/platform/package.json packages/platform/
COPY packages/testkit/package.json packages/testkit/
COPY services/booking/package.json services/booking/
COPY services/referral/package.json services/referral/
COPY services/notify/package.json services/notify/
COPY infra/package.json infra/
RUN npm ci --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim AS runtime
ARG SERVICE=booking
ENV NODE_ENV=production \
    SERVICE=${SERVICE} \
    HTTP_HOST=0.0.0.0 \
    KAFKAJS_NO_PARTITIONER_WARNING=1
WORKDIR /app
COPY --from=deps --chown=node:node /app/node_modules ./node_modules
COPY --chown=node:node package.json ./
COPY --chown=node:node tooling tooling
COPY --chown=node:node packages/contracts packages/contracts
COPY --chown=node:node packages/platform packages/platform
COPY --chown=node:node infra infra
COPY --chown=node:node services services
USER node
EXPOSE 4001 4002 4003
HEALTHCHECK --interval=10s --timeout=3s --retries=6 \
  CMD node -e "fetch('http://127.0.0.1:'+process.env.HTTP_PORT+'/readyz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["sh", "-c", "exec node --import tsx services/${SERVICE}/src/main.ts"]
