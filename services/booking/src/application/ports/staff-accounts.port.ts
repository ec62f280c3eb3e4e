import type { StaffAccount } from "../../domain/staff-account/staff-account";

export interface StaffAccounts {
  findByUsername(username: string): Promise<StaffAccount | null>;
  /** Inserts the accounts whose usernames are free (idempotent seeding). */
  insertMissing(accounts: StaffAccount[]): Promise<void>;
  list(): Promise<StaffAccount[]>;
}
