import { ActorSchema, ChannelSchema, IdSchema, ServiceKindSchema } from "@counselling/contracts";
import { z } from "zod";
import { AppointmentClientSchema } from "@counselling/contracts";
import { PersonalDataMarksSchema } from "../privacy/personal-data-marks";

/**
 * waiting → offered (a freed slot is held for them) → booked | lapsed (the offer ran out:
 * they leave the queue, reception may add them again) ; waiting | offered → withdrawn.
 */
export const WaitlistStatusSchema = z.enum(["waiting", "offered", "booked", "lapsed", "withdrawn"]);
export type WaitlistStatus = z.infer<typeof WaitlistStatusSchema>;

/** A slot held for the person at the head of the queue, and the hash of the secret in their offer link. */
export const WaitlistOfferSchema = z.object({
  holdId: IdSchema.describe("The held appointment; confirming it books the slot."),
  startsAt: z.date(),
  expiresAt: z.date(),
  tokenHash: z.string().regex(/^[0-9a-f]{64}$/),
});

/**
 * A person waiting for a service (at one location, or any of the service's locations) in
 * a channel: reception puts them on the list when nothing suits, and a freed slot is
 * offered to the longest-waiting person first.
 */
export const WaitlistEntrySchema = z.object({
  entryId: IdSchema,
  organisationId: IdSchema,
  serviceId: IdSchema,
  /** The service's kind when the person joined: retention is per kind. */
  serviceKind: ServiceKindSchema,
  locationId: IdSchema.nullable(),
  channel: ChannelSchema,
  client: AppointmentClientSchema,
  interpreterNeeded: z.boolean(),
  status: WaitlistStatusSchema,
  joinedAt: z.date(),
  joinedBy: ActorSchema,
  offer: WaitlistOfferSchema.nullable(),
  appointmentId: IdSchema.nullable().describe("Set once an offer was taken."),
  /** When the entry left the queue (booked, lapsed, withdrawn): retention counts from here. */
  closedAt: z.date().nullable().default(null),
  version: z.number().int().positive(),
  ...PersonalDataMarksSchema.shape,
});

export type WaitlistEntry = z.infer<typeof WaitlistEntrySchema>;
export type WaitlistOffer = z.infer<typeof WaitlistOfferSchema>;

export type ClosedWaitlistStatus = Extract<WaitlistStatus, "booked" | "lapsed" | "withdrawn">;

/** The entry leaving the queue at `at`. */
export function closeEntry(
  entry: WaitlistEntry,
  status: ClosedWaitlistStatus,
  at: Date,
  changes: Partial<Pick<WaitlistEntry, "appointmentId">> = {},
): WaitlistEntry {
  return { ...entry, ...changes, status, closedAt: at };
}

/** Whether a freed slot of this service, place and channel suits the entry (an erased person can't be texted). */
export function entryWants(
  entry: WaitlistEntry,
  slot: { serviceId: string; locationId: string; channel: string },
): boolean {
  return (
    entry.status === "waiting" &&
    entry.personalDataErasedAt === null &&
    entry.serviceId === slot.serviceId &&
    (entry.locationId === null || entry.locationId === slot.locationId) &&
    entry.channel === slot.channel
  );
}
