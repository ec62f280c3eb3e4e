import { z } from "zod";
import { IdSchema } from "./id";

/** The roles staff act in (ARCHITECTURE.md "Who uses it"; intake works a service's referral inbox). */
/**
 * `dpo`: the network's data protection officer. Network-wide (a client's data span
 * organisations), reads audit logs and exports, requests erasures; no case work.
 */
export const StaffRoleSchema = z.enum(["counsellor", "intake", "reception", "coordinator", "admin", "dpo"]);

export type StaffRole = z.infer<typeof StaffRoleSchema>;

/**
 * Who caused a fact. Every transition is attributed (closed-loop referral, audit), and a
 * staff member is named with their organisation because referrals cross organisations.
 */
export const ActorSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("client"), clientId: IdSchema }),
  z.object({ kind: z.literal("staff"), staffId: IdSchema, role: StaffRoleSchema, organisationId: IdSchema }),
  z.object({
    kind: z.literal("system"),
    component: z.string().min(1).describe("The service or job that acted, e.g. booking/reminder-scheduler."),
  }),
]);

export type Actor = z.infer<typeof ActorSchema>;
