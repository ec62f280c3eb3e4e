import {
  LanguageSchema,
  ServiceKindSchema,
  SmsDeliveryStatusSchema,
  SmsPurposeSchema,
} from "@counselling/contracts";
import { z } from "zod";
import { SmsEncodingSchema } from "../../domain/sms/sms-encoding";
import { TemplateNameSchema } from "../../domain/templates/template-name";

/**
 * "skipped": never sent, because the record's personal data were erased before it went out, or
 * because the event it answered turned out to be superseded (ADR 0047); `errorCode` says which.
 */
export const MessageStateSchema = z.enum(["sending", "sent", "failed", "skipped"]);
export type MessageState = z.infer<typeof MessageStateSchema>;

/** One step of a message's delivery, kept for the data subject's export. */
export const MessageStatusStepSchema = z.object({
  status: z.string().min(1),
  errorCode: z.string().nullable(),
  at: z.date(),
});
export type MessageStatusStep = z.infer<typeof MessageStatusStepSchema>;

/** What a use case decides about a message besides its recipient and text. */
const MessageMetaSchema = z.object({
  _id: z.string().min(1),
  template: TemplateNameSchema,
  purpose: SmsPurposeSchema.nullable(),
  sourceEventId: z.string().min(1),
  appointmentId: z.string().nullable(),
  organisationId: z.string(),
  locationId: z.string(),
  /** The record's data key (the appointment's or waitlist entry's clientId): seals recipient and text. */
  clientId: z.string().min(1),
  /** For retention of messages without an appointment (waitlist offers): the kind's period applies. */
  serviceKind: ServiceKindSchema,
  /** End of the appointment or offered slot the text is about, as it was when sent. */
  endsAt: z.date(),
  language: LanguageSchema,
  discreet: z.boolean(),
  encoding: SmsEncodingSchema,
  segments: z.number().int().positive(),
});

/**
 * One outbound SMS: first its intent (state "sending", written before the provider is
 * called), then its result. `_id` is deterministic per (source event, template), so the
 * unique key makes a second intent impossible. Recipient and text are sealed with the
 * record's key (ADR 0011): only the provider call and authorised staff see them in clear.
 */
export const MessageRecordSchema = MessageMetaSchema.extend({
  sealedTo: z.string(),
  sealedBody: z.string(),
  /** Keyed hash of the recipient: replies are matched by it. Removed on erasure and retention. */
  phoneIndex: z.string().optional(),
  provider: z.enum(["twilio", "dev_inbox"]),
  state: MessageStateSchema,
  /** 1 while the intent waits for a provider result: a number, FerretDB filters those fast. */
  sending: z.union([z.literal(0), z.literal(1)]),
  /** Provider calls started (recorded before each call): above 0, a lookup precedes any retry. */
  providerCalls: z.number().int().nonnegative(),
  claimedBy: z.string().nullable(),
  claimedUntil: z.date(),
  providerMessageId: z.string().nullable(),
  deliveryStatus: SmsDeliveryStatusSchema.nullable(),
  errorCode: z.string().nullable(),
  statusHistory: z.array(MessageStatusStepSchema),
  personalDataErasedAt: z.date().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type MessageRecord = z.infer<typeof MessageRecordSchema>;

/** A new message as a use case builds it: recipient and text in clear, sealed before it is stored. */
export const NewMessageSchema = MessageMetaSchema.extend({ to: z.string().min(1), body: z.string() });
export type NewMessage = z.infer<typeof NewMessageSchema>;

/** A new message as the store receives it: nothing personal in clear. */
export type SealedNewMessage = z.infer<typeof MessageMetaSchema> &
  Pick<MessageRecord, "sealedTo" | "sealedBody"> & { phoneIndex: string };
