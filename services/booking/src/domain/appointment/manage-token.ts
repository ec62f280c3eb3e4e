import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * The secret in a client's manage link: 256 random bits, shown to the client
 * once, stored only as a SHA-256 hash (a database leak does not leak links).
 * A reschedule issues a new token, so an old link stops working.
 */
export function newManageToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashManageToken(token) };
}

export function hashManageToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Constant-time comparison, so response timing reveals nothing about the stored hash. */
export function manageTokenMatches(token: string, storedHash: string): boolean {
  const given = Buffer.from(hashManageToken(token), "hex");
  const stored = Buffer.from(storedHash, "hex");
  return given.length === stored.length && timingSafeEqual(given, stored);
}

/** The client's link: the web app's manage page, the appointment, and the secret after `#` (never sent to servers in Referer or logs). */
export function manageUrlFor(manageBaseUrl: string, appointmentId: string, token: string): string {
  return `${manageBaseUrl}/${appointmentId}#${token}`;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * When a manage link stops working: the appointment's end plus a grace period (issue 7),
 * so a leaked or forwarded link is not a key forever. The grace lets the client still see
 * (and, before the end, change) the appointment; after it the link answers GONE.
 */
export function manageLinkExpiresAt(appointmentEndsAt: string | Date, graceDays: number): Date {
  return new Date(new Date(appointmentEndsAt).getTime() + graceDays * DAY_MS);
}

/** Whether the link is past its lifetime at `now` (the expiry instant itself is already past). */
export function manageLinkExpired(appointmentEndsAt: string | Date, graceDays: number, now: Date): boolean {
  return now.getTime() >= manageLinkExpiresAt(appointmentEndsAt, graceDays).getTime();
}
