import type { StaffRole } from "@counselling/contracts";

/** The demo's password for every account below. Demo only: never seeded in production. */
export const DEMO_PASSWORD = "demo";

interface DemoAccount {
  username: string;
  displayName: string;
  role: StaffRole;
  organisationId: string;
  /** Counsellors sign in as themselves: their staff id is their directory id. */
  staffId: string;
  locationIds: string[];
}

/**
 * One person per role in each demo organisation, matching the demo directory, and the
 * network's data protection officer (one for all organisations: the token names the first
 * demo organisation, but the privacy procedures don't look at it).
 */
export const demoStaffAccounts: DemoAccount[] = [
  account("amira", "Amira S.", "counsellor", "org-westsachsen", "cns-westsachsen-amira"),
  account(
    "rezeption.leipzig",
    "Rezeption Leipzig-Ost",
    "reception",
    "org-westsachsen",
    "staff-ws-reception",
    ["loc-leipzig-ost"],
  ),
  account("intake.westsachsen", "Aufnahme Westsachsen", "intake", "org-westsachsen", "staff-ws-intake"),
  account("admin.westsachsen", "Verwaltung Westsachsen", "admin", "org-westsachsen", "staff-ws-admin"),
  account("mareike", "Mareike K.", "counsellor", "org-saale-elbe", "cns-saale-elbe-mareike"),
  account("rezeption.halle", "Rezeption Halle-Süd", "reception", "org-saale-elbe", "staff-se-reception", [
    "loc-halle-sued",
  ]),
  account("intake.psz", "Aufnahme PSZ Halle", "intake", "org-saale-elbe", "staff-se-intake"),
  account("admin.saale-elbe", "Verwaltung Saale-Elbe", "admin", "org-saale-elbe", "staff-se-admin"),
  account("hodan", "Hodan A.", "counsellor", "org-mittelthueringen", "cns-mittelthueringen-hodan"),
  account("rezeption.erfurt", "Rezeption Erfurt", "reception", "org-mittelthueringen", "staff-mt-reception", [
    "loc-erfurt-mitte",
  ]),
  account(
    "admin.mittelthueringen",
    "Verwaltung Mittelthüringen",
    "admin",
    "org-mittelthueringen",
    "staff-mt-admin",
  ),
  account("datenschutz", "Datenschutzbeauftragte", "dpo", "org-westsachsen", "staff-dpo"),
];

function account(
  username: string,
  displayName: string,
  role: StaffRole,
  organisationId: string,
  staffId: string,
  locationIds: string[] = [],
): DemoAccount {
  return { username, displayName, role, organisationId, staffId, locationIds };
}
