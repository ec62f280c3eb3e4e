/** Composition root of the referral service: its config and its parts, run by the shared runtime. */
import { runServiceMain } from "@counselling/platform";
import { loadReferralConfig } from "./config";
import { buildReferralParts } from "./referral-parts";

runServiceMain("referral", loadReferralConfig, (infrastructure, config) =>
  buildReferralParts(infrastructure, config),
);
