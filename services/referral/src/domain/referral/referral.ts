import {
  ActorSchema,
  CancellationReasonSchema,
  IdSchema,
  InstantSchema,
  ReferralDeclinedV1,
  ReferralOutcomeSchema,
  ReferralCancellationReasonSchema,
  ReferralExpiryCauseSchema,
  ReferralRecipientSchema,
  ReferralSentV1,
  SharedClientDataSchema,
} from "@counselling/contracts";
import { z } from "zod";
import { ConsentRecordSchema } from "./consent-record";
import { ReferralStatusSchema } from "./referral-status";
import { SlotHoldSchema } from "./slot-hold";

const sent = ReferralSentV1.data.shape;
const declined = ReferralDeclinedV1.data.shape;

/** One attributed status change (FHIR Task pattern): the referrer's timeline is made of these. */
export const TimelineEntrySchema = z.object({
  from: ReferralStatusSchema,
  to: ReferralStatusSchema,
  actor: ActorSchema,
  at: InstantSchema,
});

export type TimelineEntry = z.infer<typeof TimelineEntrySchema>;

/**
 * The latest known state of the appointment made for the referral, kept even while the
 * referral cannot follow it yet (booked before intake pressed "accept"), so that the
 * referral catches up when it can: events from two services arrive in any order.
 */
export const LinkedAppointmentSchema = z.object({
  appointmentId: IdSchema,
  status: z.enum(["booked", "checked_in", "completed", "no_show", "cancelled"]),
  startsAt: InstantSchema,
  /** When it was booked (the booking event's `at`): a later booking replaces an earlier one. */
  bookedAt: InstantSchema,
  bookedBy: ActorSchema,
  /** Who changed it last and when: the actor of a referral transition it causes. */
  lastActor: ActorSchema,
  lastAt: InstantSchema,
  /** Booking's reason, once cancelled (told on in referral.unscheduled). */
  cancellationReason: CancellationReasonSchema.nullable().default(null),
});

export type LinkedAppointment = z.infer<typeof LinkedAppointmentSchema>;

/** A note of the receiving service on the referral: case content the referrer never sees. */
export const ReceiverNoteSchema = z.object({ text: z.string().min(1), by: ActorSchema, at: InstantSchema });

/**
 * The referral aggregate. Payload parts are the contracts' schemas, so what is stored and
 * what travels cannot drift. `sharedData` holds personal data by consent category; from
 * sending on it holds ONLY released categories (send refuses anything else, revocation
 * deletes), so the document itself never carries what the client did not release.
 */
export const ReferralSchema = z.object({
  referralId: IdSchema,
  /** Optimistic concurrency: every write is a compare-and-set on it. */
  revision: z.number().int().nonnegative(),
  status: ReferralStatusSchema,
  /** The referring counsellor's own case reference; never shown to the receiving side. */
  clientReference: z.string().min(1).max(100),
  from: sent.from,
  /** Where it goes; `to.federalState` is the Land whose public holidays count for deadlines. */
  to: ReferralRecipientSchema,
  urgency: sent.urgency,
  reasonCode: sent.reasonCode,
  communication: sent.communication,
  legalDeadline: sent.legalDeadline,
  sharedData: SharedClientDataSchema,
  consent: ConsentRecordSchema.nullable(),
  acceptWithinWorkingDays: z.number().int().positive(),
  sentAt: InstantSchema.nullable(),
  /** End of the last working day for acceptance (set when sent); expiry compares with it. */
  acceptBy: InstantSchema.nullable(),
  receiver: z
    .object({
      organisationId: IdSchema,
      serviceId: IdSchema,
      locationId: IdSchema.nullable(),
      counsellorId: IdSchema.nullable(),
    })
    .nullable(),
  appointment: LinkedAppointmentSchema.nullable(),
  /** The warm handover's hold at the receiving service, if the referrer requested one (the latest). */
  hold: SlotHoldSchema.nullable().default(null),
  decline: z
    .object({
      reason: declined.reason,
      reasonNote: declined.reasonNote,
      suggestedService: declined.suggestedService,
    })
    .nullable(),
  outcome: ReferralOutcomeSchema.nullable(),
  cancellation: z
    .object({ reason: ReferralCancellationReasonSchema, reasonNote: z.string().min(1).nullable() })
    .nullable(),
  expiryCause: ReferralExpiryCauseSchema.nullable(),
  receiverNotes: z.array(ReceiverNoteSchema),
  timeline: z.array(TimelineEntrySchema),
  createdBy: ActorSchema,
  createdAt: InstantSchema,
});

export type Referral = z.infer<typeof ReferralSchema>;
