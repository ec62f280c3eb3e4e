import { IdSchema, StaffRoleSchema } from "@counselling/contracts";
import type { Db } from "mongodb";
import { z } from "zod";
import type { StaffPrincipal } from "../auth/staff-principal";
import { HashChainedAuditLog } from "./hash-chained-audit-log";

/**
 * One staff access to client personal data (DSG-EKD accountability): who (staff, role,
 * organisation), what they did (read, change, export, erase), to whose data (client ids,
 * the appointment or referral), which fields, and why (the procedure and its purpose).
 */
export const PersonalDataAccessSchema = z.object({
  staffId: IdSchema,
  role: StaffRoleSchema,
  organisationId: IdSchema,
  action: z.enum(["read", "change", "export", "erase"]),
  /** The procedure that touched the data, e.g. "reception.locationDay". */
  procedure: z.string().min(1),
  /** Why, in words a data protection officer understands, e.g. "run the location's day". */
  purpose: z.string().min(1),
  clientIds: z.array(IdSchema),
  /** The records touched: appointment, referral or message ids. */
  recordIds: z.array(IdSchema),
  /** Which personal fields, e.g. ["name", "phone"] or consent categories. */
  fields: z.array(z.string().min(1)),
});

export type PersonalDataAccess = z.infer<typeof PersonalDataAccessSchema>;

export const PersonalDataAccessQuerySchema = z.object({
  clientId: IdSchema.optional(),
  recordId: IdSchema.optional(),
  staffId: IdSchema.optional(),
  from: z.coerce.date().optional(),
  to: z.coerce.date().optional(),
  limit: z.number().int().min(1).max(1000).default(200),
});

export type PersonalDataAccessQuery = z.input<typeof PersonalDataAccessQuerySchema>;

export const PERSONAL_DATA_ACCESS_LOG = "personal_data_access_log";

/**
 * The service's tamper-evident log of staff accesses to personal data (a hash chain,
 * `HashChainedAuditLog`). An access is recorded BEFORE data is returned or changed: if the
 * record can't be written, the access fails.
 */
export class PersonalDataAccessLog {
  private readonly chain: HashChainedAuditLog<PersonalDataAccess>;

  constructor(database: Db, collection = PERSONAL_DATA_ACCESS_LOG) {
    this.chain = new HashChainedAuditLog<PersonalDataAccess>(database, collection);
  }

  /** Records the accesses of one request; skips when nothing personal was touched. */
  async record(
    principal: StaffPrincipal,
    access: Omit<PersonalDataAccess, "staffId" | "role" | "organisationId">,
  ): Promise<void> {
    if (access.clientIds.length === 0 && access.recordIds.length === 0) return;
    await this.chain.append([
      {
        staffId: principal.staffId,
        role: principal.role,
        organisationId: principal.organisationId,
        ...access,
      },
    ]);
  }

  async query(input: PersonalDataAccessQuery) {
    const query = PersonalDataAccessQuerySchema.parse(input);
    const filter: Record<string, unknown> = {};
    if (query.clientId) filter["record.clientIds"] = query.clientId;
    if (query.recordId) filter["record.recordIds"] = query.recordId;
    if (query.staffId) filter["record.staffId"] = query.staffId;
    if (query.from || query.to) {
      filter.at = { ...(query.from ? { $gte: query.from } : {}), ...(query.to ? { $lt: query.to } : {}) };
    }
    const entries = await this.chain.find(filter, query.limit);
    return entries.map((entry) => ({ position: entry._id, at: entry.at, ...entry.record }));
  }

  verify() {
    return this.chain.verify();
  }
}
