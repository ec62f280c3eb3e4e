/**
 * The signed-in staff member, kept in sessionStorage: it ends with the browser tab, so a
 * shared reception computer does not stay signed in overnight (the token itself lasts 8 hours).
 */
export interface StaffSession {
  token: string;
  displayName: string;
  principal: {
    staffId: string;
    role: string;
    organisationId: string;
    /** Empty: every location of the organisation. */
    locationIds: string[];
  };
}

const KEY = "counselling.staffSession";

export function readStaffSession(): StaffSession | null {
  const stored = sessionStorage.getItem(KEY);
  if (!stored) return null;
  try {
    return JSON.parse(stored) as StaffSession;
  } catch {
    sessionStorage.removeItem(KEY);
    return null;
  }
}

export function saveStaffSession(session: StaffSession): void {
  sessionStorage.setItem(KEY, JSON.stringify(session));
}

export function clearStaffSession(): void {
  sessionStorage.removeItem(KEY);
}
