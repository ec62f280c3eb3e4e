import { procedure, router } from "@counselling/platform";

/** The referral service's tRPC API (consent-scoped referrals, inboxes and their timelines). Its type is exported for the web app. */
export function createReferralRouter() {
  return router({
    system: router({
      info: procedure.query(() => ({ service: "referral" as const, status: "up" as const })),
    }),
  });
}

export type ReferralRouter = ReturnType<typeof createReferralRouter>;
