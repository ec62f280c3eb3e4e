import { hashPassword } from "../../domain/staff-account/password-hash";
import { DEMO_PASSWORD, demoStaffAccounts } from "../../seed/demo-staff-accounts";
import type { StaffAccounts } from "../ports/staff-accounts.port";

/** Creates the demo sign-ins that don't exist yet (npm start, tests). Never called in production. */
export async function seedDemoAccounts(accounts: StaffAccounts): Promise<void> {
  await accounts.insertMissing(
    await Promise.all(
      demoStaffAccounts.map(async ({ username, displayName, ...principal }) => ({
        username,
        displayName,
        passwordHash: await hashPassword(DEMO_PASSWORD),
        principal: {
          staffId: principal.staffId,
          role: principal.role,
          organisationId: principal.organisationId,
          locationIds: principal.locationIds,
        },
      })),
    ),
  );
}

/** What the login page may show in the demo: who to sign in as (the password is "demo"). */
export function demoAccountList() {
  return demoStaffAccounts.map(({ username, displayName, role, organisationId }) => ({
    username,
    displayName,
    role,
    organisationId,
    password: DEMO_PASSWORD,
  }));
}
