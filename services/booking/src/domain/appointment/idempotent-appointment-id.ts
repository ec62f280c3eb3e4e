import type { Actor } from "@counselling/contracts";
import { createHash, createHmac } from "node:crypto";

/**
 * The appointment id is derived from the booking request's idempotency key, so
 * a retried request (double tap, flaky mobile network, a phone call agent
 * pressing "book" twice) lands on the same id and the unique `_id` turns the
 * repeat into a replay, not a second booking. The fingerprint of the request
 * tells a genuine replay from a key reused for a different booking.
 */
export function appointmentIdFor(scope: string, idempotencyKey: string): string {
  return idempotentIdFor("appointment", scope, idempotencyKey);
}

/** The same for any kind of record created from an idempotent request (e.g. a waitlist entry). */
export function idempotentIdFor(kind: string, scope: string, idempotencyKey: string): string {
  const hex = createHash("sha256").update(`${kind}\u0000${scope}\u0000${idempotencyKey}`).digest("hex");
  // Shaped as an RFC 4122 UUID (version 8: custom) so it fits every id field.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${((parseInt(hex.slice(16, 17), 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Idempotency keys are unique per requester: one staff member, one component (the public web, the waitlist), a client. */
export function idempotencyScopeOf(actor: Actor): string {
  if (actor.kind === "staff") return `staff:${actor.staffId}`;
  if (actor.kind === "system") return `system:${actor.component}`;
  return "client";
}

/**
 * Keyed hash (HMAC-SHA256) of the whole request. The request holds the client's name and
 * phone number; a plain hash of it could be brute-forced back to the number (few numbers,
 * known format), so the key — derived from the personal data master key, never stored —
 * makes the stored fingerprint useless without it. Equal requests still give equal
 * fingerprints (a replay), different ones differ (a reused key).
 */
export function requestFingerprint(key: Buffer, request: unknown): string {
  return createHmac("sha256", key).update(stableStringify(request)).digest("hex");
}

/** What an erased booking keeps as its fingerprint: no replay of it can match any more. */
export const ERASED_FINGERPRINT = "0".repeat(64);

/** JSON with sorted keys, so equal requests give equal fingerprints. */
function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([key, inner]) => `${JSON.stringify(key)}:${stableStringify(inner)}`).join(",")}}`;
  }
  return JSON.stringify(value === undefined ? null : value);
}
