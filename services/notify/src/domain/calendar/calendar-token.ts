import { createHash, createHmac, hkdfSync, randomBytes, timingSafeEqual } from "node:crypto";

/** A secret for a calendar link: 192 random bits, URL-safe. Only its hash is stored. */
export function newCalendarToken(): { token: string; hash: string } {
  const token = randomBytes(24).toString("base64url");
  return { token, hash: hashCalendarToken(token) };
}

/**
 * The calendar link in an appointment's text, derived from the event the text answers (HMAC-SHA256
 * with a key derived from the master key, 192 bits): a retried handler puts the same link into
 * the text and the same hash into the appointment's state, so the two writes need no order
 * (docs/adr/0047-text-and-state-written-together.md). Still stored as a hash only; erasure clears
 * the hashes, and an erased appointment never takes one again.
 */
export class CalendarLinkTokens {
  private readonly key: Buffer;

  constructor(masterKey: Buffer) {
    this.key = Buffer.from(
      hkdfSync("sha256", masterKey, Buffer.alloc(0), "counselling/calendar-link/v1", 32),
    );
  }

  forEvent(eventId: string): { token: string; hash: string } {
    const token = createHmac("sha256", this.key)
      .update(eventId, "utf8")
      .digest()
      .subarray(0, 24)
      .toString("base64url");
    return { token, hash: hashCalendarToken(token) };
  }
}

export function hashCalendarToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Constant-time check of a presented token against the stored hashes. */
export function matchesCalendarToken(token: string, hashes: readonly string[]): boolean {
  const presented = Buffer.from(hashCalendarToken(token), "hex");
  let matched = false;
  for (const hash of hashes) {
    const stored = Buffer.from(hash, "hex");
    if (stored.length === presented.length && timingSafeEqual(stored, presented)) matched = true;
  }
  return matched;
}

/** The secret of a client's manage link: what follows `#` in the URL booking sent; null without one. */
export function manageTokenOf(manageUrl: string): string | null {
  return new URL(manageUrl).hash.slice(1) || null;
}
