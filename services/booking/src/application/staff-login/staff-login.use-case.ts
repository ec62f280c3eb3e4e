import { AppError, type StaffPrincipal, type StaffTokens } from "@counselling/platform";
import { z } from "zod";
import { passwordMatches } from "../../domain/staff-account/password-hash";
import type { StaffAccounts } from "../ports/staff-accounts.port";

export const StaffLoginInputSchema = z.object({
  username: z.string().trim().min(1, "Please enter your username").max(80),
  password: z.string().min(1, "Please enter your password").max(200),
});
export type StaffLoginInput = z.input<typeof StaffLoginInputSchema>;

/** A hash to compare against when the user does not exist, so both cases take as long. */
const UNKNOWN_USER_HASH = "scrypt$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

/**
 * Signs a staff member in: username and password against the stored hash, then a staff
 * token (8 hours) with their role and scope. One answer for "no such user" and "wrong
 * password", with the same work done, so usernames can't be probed. Rate-limited as a
 * public procedure.
 */
export class StaffLogin {
  constructor(private readonly deps: { accounts: StaffAccounts; tokens: StaffTokens }) {}

  async execute(
    input: StaffLoginInput,
  ): Promise<{ token: string; principal: StaffPrincipal; displayName: string }> {
    const { username, password } = StaffLoginInputSchema.parse(input);
    const account = await this.deps.accounts.findByUsername(username);
    const matches = await passwordMatches(password, account?.passwordHash ?? UNKNOWN_USER_HASH);
    if (!account || !matches) {
      throw new AppError("UNAUTHENTICATED", "Username or password is not right", { reason: "login_failed" });
    }
    return {
      token: await this.deps.tokens.issue(account.principal),
      principal: account.principal,
      displayName: account.displayName,
    };
  }
}
