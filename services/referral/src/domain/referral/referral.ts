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
  PhoneIndexSchema,
  SealedPersonalDataSchema,
  SealedSharedClientDataSchema,
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

/**
 * A note of the receiving service on the referral: case content the referrer never sees,
 * sealed with the referral's data key (ADR 0011).
 */
export const ReceiverNoteSchema = z.object({
  sealedText: SealedPersonalDataSchema,
  by: ActorSchema,
  at: InstantSchema,
});

/**
 * The referral aggregate. Payload parts are the contracts' schemas, so what is stored and
 * what travels cannot drift. `sharedData` holds personal data by consent category, sealed
 * as one JSON document with the referral's own data key (`sharedData.clientId`,
 * `client-<referralId>`), the categories in the clear; from sending on it holds ONLY
 * released categories (send withholds anything else, revocation deletes), so the document
 * itself never carries what the client did not release. Every other free text about the
 * client (the referrer's client reference, the legal deadline's description, the receiving
 * side's notes) is sealed with the same key: shredding it erases the referral's personal data everywhere, events included.
 */
export const ReferralSchema = z.object({
  referralId: IdSchema,
  /** Optimistic concurrency: every write is a compare-and-set on it. */
  revision: z.number().int().nonnegative(),
  status: ReferralStatusSchema,
  /** The referring counsellor's own case reference, sealed; never shown to the receiving side. */
  clientReference: SealedPersonalDataSchema,
  from: sent.from,
  /** Where it goes; `to.federalState` is the Land whose public holidays count for deadlines. */
  to: ReferralRecipientSchema,
  urgency: sent.urgency,
  reasonCode: sent.reasonCode,
  communication: sent.communication,
  /**
   * A legal deadline of the client's case: the date in the clear (deadlines and the inbox
   * rank by it), the description (free text about the case) sealed with the referral's key.
   */
  legalDeadline: sent.legalDeadline,
  sharedData: SealedSharedClientDataSchema,
  /**
   * Keyed hash of the released contact phone (ADR 0011): finds the person's referrals for
   * erasure and export without the number. Removed when the personal data are erased.
   */
  phoneIndex: PhoneIndexSchema.nullable().default(null),
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
  /**
   * When the referral's data key was shredded (an erasure request, or the retention job):
   * the record stays for statistics, its personal data are unreadable for good.
   */
  personalDataErasedAt: InstantSchema.nullable().default(null),
  /** The erasure request that erased it (null: retention), so a redelivered request finds it again. */
  erasureRequestId: IdSchema.nullable().default(null),
});

export type Referral = z.infer<typeof ReferralSchema>;
