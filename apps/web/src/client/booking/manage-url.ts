/** The client's manage link on this site; the secret after `#` never reaches a server. */
export function manageUrlOf(appointmentId: string, manageToken: string): string {
  return `${window.location.origin}/manage/${encodeURIComponent(appointmentId)}#${manageToken}`;
}
