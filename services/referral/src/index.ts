export type { ReferralRouter } from "./adapters/inbound/trpc/referral.router";
