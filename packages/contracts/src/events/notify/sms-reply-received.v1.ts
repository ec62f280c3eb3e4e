import { z } from "zod";
import { defineEvent, type DataOf, type EnvelopeOf } from "../../envelope/define-event";
import { IdSchema } from "../../shared/id";
import { InstantSchema } from "../../shared/instant";
import { LanguageSchema } from "../../shared/language";
import { Topics } from "../../topics/topics";

/** What a client's reply to "1 confirm, 2 cancel, 3 call me back" meant. */
export const SmsReplyIntentSchema = z.enum(["confirm", "cancel", "callback", "unknown"]);

export type SmsReplyIntent = z.infer<typeof SmsReplyIntentSchema>;

/**
 * A client answered an SMS about an appointment; booking acts on the intent. Keyed by
 * appointmentId so that "confirm" then "cancel" arrive in that order. The reply's text is
 * not carried: it may hold anything, and it stays in notify.
 */
export const SmsReplyReceivedV1 = defineEvent(
  Topics.notifyReplies,
  "sms.reply_received",
  1,
  z.object({
    messageId: IdSchema.describe("Notify's id of the inbound message."),
    inReplyToMessageId: IdSchema.nullable().describe("The outbound message the reply was matched to."),
    appointmentId: IdSchema,
    intent: SmsReplyIntentSchema,
    receivedAt: InstantSchema,
    language: LanguageSchema.describe("The language of the message answered, for the acknowledgement."),
  }),
);

export type SmsReplyReceivedV1Data = DataOf<typeof SmsReplyReceivedV1>;
export type SmsReplyReceivedV1Event = EnvelopeOf<typeof SmsReplyReceivedV1>;
