import { isDuplicateKeyError } from "@counselling/platform";
import type { Collection } from "mongodb";
import type { StaffAccounts } from "../../../application/ports/staff-accounts.port";
import { type StaffAccount, StaffAccountSchema } from "../../../domain/staff-account/staff-account";

export type StaffAccountDocument = StaffAccount & { _id: string };

/** Staff accounts under their username (the `_id`: unique, and looked up without a scan). */
export class MongoStaffAccounts implements StaffAccounts {
  constructor(private readonly accounts: Collection<StaffAccountDocument>) {}

  async findByUsername(username: string): Promise<StaffAccount | null> {
    const document = await this.accounts.findOne({ _id: username.trim().toLowerCase() });
    return document ? StaffAccountSchema.parse(document) : null;
  }

  async insertMissing(accounts: StaffAccount[]): Promise<void> {
    for (const account of accounts) {
      try {
        await this.accounts.insertOne({ _id: account.username, ...account });
      } catch (error) {
        if (!isDuplicateKeyError(error)) throw error;
      }
    }
  }

  async list(): Promise<StaffAccount[]> {
    const documents = await this.accounts.find({}).sort({ _id: 1 }).toArray();
    return documents.map((document) => StaffAccountSchema.parse(document));
  }
}
