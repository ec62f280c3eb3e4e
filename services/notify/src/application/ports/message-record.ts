import { LanguageSchema, SmsDeliveryStatusSchema, SmsPurposeSchema } from "@counselling/contracts";
import { z } from "zod";
import { SmsEncodingSchema } from "../../domain/sms/sms-encoding";
import { TemplateNameSchema } from "../../domain/templates/template-name";

export const MessageStateSchema = z.enum(["sending", "sent", "failed"]);
export type MessageState = z.infer<typeof MessageStateSchema>;

/**
 * One outbound SMS: first its intent (state "sending", written before the
 * provider is called), then its result. `_id` is deterministic per (source
 * event, template), so the unique key makes a second intent impossible.
 */
export const MessageRecordSchema = z.object({
  _id: z.string().min(1),
  template: TemplateNameSchema,
  purpose: SmsPurposeSchema.nullable(),
  sourceEventId: z.string().min(1),
  appointmentId: z.string().nullable(),
  organisationId: z.string(),
  locationId: z.string(),
  to: z.string(),
  body: z.string(),
  language: LanguageSchema,
  discreet: z.boolean(),
  encoding: SmsEncodingSchema,
  segments: z.number().int().positive(),
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
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type MessageRecord = z.infer<typeof MessageRecordSchema>;

/** What a use case decides about a new message; the store adds the bookkeeping. */
export type NewMessage = Pick<
  MessageRecord,
  | "_id"
  | "template"
  | "purpose"
  | "sourceEventId"
  | "appointmentId"
  | "organisationId"
  | "locationId"
  | "to"
  | "body"
  | "language"
  | "discreet"
  | "encoding"
  | "segments"
>;
