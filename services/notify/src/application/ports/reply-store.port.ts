import { type Language, type SmsReplyIntent } from "@counselling/contracts";
import { type OutboxEntry } from "@counselling/platform";

/**
 * An inbound SMS; `_id` is the provider's message id, so a provider's retry is the same
 * document. Sender and text are sealed with the key of the appointment it answers, or with
 * a key of its own (`inbound-<id>`) when it answers nothing we know (ADR 0011).
 */
export interface ReplyRecord {
  _id: string;
  clientId: string;
  sealedFrom: string;
  sealedBody: string;
  /** Keyed hash of the sender's number; removed on erasure and retention. */
  phoneIndex?: string;
  intent: SmsReplyIntent;
  receivedAt: Date;
  inReplyToMessageId: string | null;
  appointmentId: string | null;
  organisationId: string | null;
  locationId: string | null;
  language: Language | null;
  /** 1 for "call me back" (a number: FerretDB filters those fast). */
  callbackRequested: 0 | 1;
  personalDataErasedAt: Date | null;
}

export interface ReplyStore {
  /** Stores the reply with its event in one write; false when it was stored already. */
  recordOnce(reply: ReplyRecord, events: OutboxEntry[]): Promise<boolean>;
  /** "Call me back" answers at a location, newest first; erased ones are left out. */
  callbackRequestsAt(locationId: string, limit: number): Promise<ReplyRecord[]>;
}

/** The key of an inbound SMS that answers none of our texts: a record of its own. */
export function inboundClientIdOf(providerMessageId: string): string {
  return `inbound-${providerMessageId}`;
}
