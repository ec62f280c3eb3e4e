import { IdSchema, StaffRoleSchema } from "@counselling/contracts";
import { z } from "zod";

/**
 * Who a staff request acts as, from a verified token: one role within one
 * organisation, optionally limited to some of its locations (reception of
 * one office). Procedures decide by role and scope, never by name.
 */
export const StaffPrincipalSchema = z.object({
  staffId: IdSchema,
  role: StaffRoleSchema,
  organisationId: IdSchema,
  /** Empty: every location of the organisation. */
  locationIds: z.array(IdSchema).default([]),
});

export type StaffPrincipal = z.infer<typeof StaffPrincipalSchema>;

/** The principal as the actor named in events and audit records. */
export function staffActorOf(principal: StaffPrincipal): {
  kind: "staff";
  staffId: string;
  role: StaffPrincipal["role"];
  organisationId: string;
} {
  return {
    kind: "staff",
    staffId: principal.staffId,
    role: principal.role,
    organisationId: principal.organisationId,
  };
}
