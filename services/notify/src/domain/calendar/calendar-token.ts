import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** A secret for a calendar link: 192 random bits, URL-safe. Only its hash is stored. */
export function newCalendarToken(): { token: string; hash: string } {
  const token = randomBytes(24).toString("base64url");
  return { token, hash: hashCalendarToken(token) };
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
