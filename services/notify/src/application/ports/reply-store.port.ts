import { type Language, type SmsReplyIntent } from "@counselling/contracts";
import { type OutboxEntry } from "@counselling/platform";

/** An inbound SMS; `_id` is the provider's message id, so a provider's retry is the same document. */
export interface ReplyRecord {
  _id: string;
  from: string;
  body: string;
  intent: SmsReplyIntent;
  receivedAt: Date;
  inReplyToMessageId: string | null;
  appointmentId: string | null;
  organisationId: string | null;
  locationId: string | null;
  language: Language | null;
  /** 1 for "call me back" (a number: FerretDB filters those fast). */
  callbackRequested: 0 | 1;
}

export interface ReplyStore {
  /** Stores the reply with its event in one write; false when it was stored already. */
  recordOnce(reply: ReplyRecord, events: OutboxEntry[]): Promise<boolean>;
  callbackRequestsAt(locationId: string, limit: number): Promise<ReplyRecord[]>;
}
