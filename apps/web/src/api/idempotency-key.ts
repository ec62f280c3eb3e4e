/**
 * A fresh key for one booking attempt. randomUUID needs a secure context (https or
 * localhost); on a plain-http LAN demo getRandomValues, which works everywhere, stands in.
 */
export function newIdempotencyKey(): string {
  if (window.isSecureContext) return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
}
