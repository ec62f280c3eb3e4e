/** Composition root of the referral service: its config and its parts, run by the shared runtime. */
import { runServiceMain } from "@counselling/platform";
import { createReferralRouter } from "./adapters/inbound/trpc/referral.router";
import { loadReferralConfig } from "./config";

runServiceMain(
  "referral",
  () => loadReferralConfig(),
  () => ({
    router: createReferralRouter(),
    outboxCollections: [],
    consumers: [],
  }),
);
