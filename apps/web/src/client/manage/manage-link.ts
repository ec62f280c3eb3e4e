/** The manage secret from the URL fragment (`/manage/<id>#<token>`); null when missing or cut off. */
export function manageTokenFromHash(hash: string): string | null {
  const token = decodeURIComponent(hash.replace(/^#/, ""));
  // Booking's tokens are 43 base64url characters; anything shorter was cut off (e.g. by an SMS app).
  return /^[A-Za-z0-9_-]{20,200}$/.test(token) ? token : null;
}
