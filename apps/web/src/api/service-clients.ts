import type { BookingRouter } from "@counselling/booking";
import type { NotifyRouter } from "@counselling/notify";
import type { ReferralRouter } from "@counselling/referral";
import { createTRPCClient, httpLink } from "@trpc/client";
import { readStaffSession } from "./staff-session";

/** Sent only when someone is signed in; public procedures ignore it. */
function staffAuthorization(): Record<string, string> {
  const session = readStaffSession();
  return session ? { authorization: `Bearer ${session.token}` } : {};
}

/**
 * Typed clients of the services, through the same-origin proxy (/api/<service>, see
 * vite.config.ts). httpLink, not batching: one request per call keeps the services'
 * per-IP rate limit and logs simple.
 */
export const booking = createTRPCClient<BookingRouter>({
  links: [httpLink({ url: "/api/booking/trpc", headers: staffAuthorization })],
});

export const notify = createTRPCClient<NotifyRouter>({
  links: [httpLink({ url: "/api/notify/trpc", headers: staffAuthorization })],
});

export const referral = createTRPCClient<ReferralRouter>({
  links: [httpLink({ url: "/api/referral/trpc", headers: staffAuthorization })],
});

/** The plain dev inbox page notify serves (demo without Twilio). */
export const devSmsPageUrl = "/api/notify/dev/sms";
