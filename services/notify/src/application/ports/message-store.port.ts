import { type SmsDeliveryStatus } from "@counselling/contracts";
import { type MessageRecord, type SealedNewMessage } from "./message-record";
import { type ProviderAcceptance } from "./sms-sender.port";

export interface Claim {
  owner: string;
  until: Date;
  now: Date;
}

/**
 * Where outbound messages live; every write is a single-document, `_id`-keyed operation, and
 * every claim is decided atomically (two replicas never both hold one intent).
 */
export interface MessageStore {
  /**
   * Records the intent, claimed by `claim.owner`, with its first provider call noted (the
   * creator makes it next); null when the message exists already.
   */
  createIntent(
    message: SealedNewMessage,
    provider: MessageRecord["provider"],
    claim: Claim,
  ): Promise<MessageRecord | null>;
  /** Takes over an unfinished intent whose claim has lapsed; null if finished or claimed by a live owner. */
  claim(messageId: string, claim: Claim): Promise<MessageRecord | null>;
  /**
   * Written before each provider call, so a crash after it leads to a lookup, not a blind resend.
   * False when `owner` no longer holds the intent (its lease lapsed and another replica took over):
   * then it must not call the provider.
   */
  noteProviderCall(messageId: string, owner: string): Promise<boolean>;
  recordSent(messageId: string, owner: string, acceptance: ProviderAcceptance): Promise<void>;
  /** A permanent refusal: recorded with a delivery event in the message's outbox, never retried. */
  recordFailed(messageId: string, owner: string, errorCode: string): Promise<void>;
  /** The record's personal data were erased before it went out: closed as "skipped", never sent. */
  recordSkipped(messageId: string, owner: string, reason: string): Promise<void>;
  /** Gives the intent back to the reconciler (retries exhausted for now). */
  release(messageId: string, owner: string, now: Date): Promise<void>;
  /** Unfinished intents nobody holds: crashed senders' and released ones. */
  findUnclaimed(now: Date, limit: number): Promise<string[]>;
  /** A provider's report; applied once per status step, with its delivery event. */
  applyDeliveryStatus(
    messageId: string,
    report: { status: SmsDeliveryStatus; errorCode: string | null; at: Date },
  ): Promise<boolean>;
  get(messageId: string): Promise<MessageRecord | null>;
  /** The latest message sent to a phone number (by its phone index) about an appointment (for replies). */
  latestAppointmentMessageTo(phoneIndex: string): Promise<MessageRecord | null>;
  /** Undelivered texts at a location, newest first; erased ones are left out (nobody to call). */
  failedAt(locationId: string, limit: number): Promise<MessageRecord[]>;
}
