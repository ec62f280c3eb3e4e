import { initTRPC } from "@trpc/server";
import type { RequestContext } from "./request-context";
import { formatTrpcError, rethrowAsTrpcError } from "./trpc-error-mapping";

/** The one tRPC instance shape of all services: shared context, shared error mapping. */
const t = initTRPC.context<RequestContext>().create({ errorFormatter: formatTrpcError });

export const router = t.router;
export const middleware = t.middleware;
export const createCallerFactory = t.createCallerFactory;
/** Every procedure maps AppErrors to the matching tRPC/HTTP error on the way out. */
export const procedure = t.procedure.use(t.middleware(async ({ next }) => rethrowAsTrpcError(await next())));
