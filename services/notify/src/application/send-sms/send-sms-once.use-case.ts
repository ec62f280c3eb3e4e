import { randomUUID } from "node:crypto";
import { type AppError, backoffDelayMs, isAppError, type RetryPolicy } from "@counselling/platform";
import type { Logger } from "pino";
import { type MessageRecord, type NewMessage, type SealedNewMessage } from "../ports/message-record";
import { type MessageStore } from "../ports/message-store.port";
import {
  isPersonalDataErased,
  type PersonalDataCipher,
  type PhoneIndexOf,
} from "../ports/personal-data.port";
import { type SmsMetrics, uncountedSms } from "../ports/sms-metrics.port";
import { type OutboundSms, type SmsSender } from "../ports/sms-sender.port";

export interface SendSmsOnceDependencies {
  messages: MessageStore;
  sender: SmsSender;
  /** Seals recipient and text before the intent is stored, opens them for the provider call. */
  cipher: PersonalDataCipher;
  phoneIndex: PhoneIndexOf;
  clock: () => Date;
  logger: Logger;
  /** Provider calls per claim; the reconciler tries again later when they are used up. */
  attempts: number;
  retryInitialMs: number;
  leaseMs: number;
  sleep?: (ms: number) => Promise<void>;
  owner?: string;
  metrics?: SmsMetrics;
}

/** "skipped": the record's personal data were erased before the text went out; it never will. */
export type SendOutcome = "sent" | "failed" | "pending" | "skipped" | "already_handled";

const ERASED = "personal_data_erased";

/** What `record` left: this replica's fresh intent, an earlier intent of the same id, or none (erased). */
export type RecordedIntent =
  | { kind: "created"; record: MessageRecord; message: NewMessage }
  | { kind: "exists"; messageId: string }
  | { kind: "skipped" };

/**
 * Exactly one SMS per message id:
 * 1. the intent is written first (unique `_id`), claimed by this replica;
 * 2. each provider call is noted before it is made (the first one with the intent);
 * 3. before any call after the first, the provider is asked whether an earlier
 *    call got through (timeouts and crashes leave that open), and the result is
 *    recorded instead of sending again;
 * 4. 429, 5xx and timeouts back off and retry; permanent refusals are recorded.
 * A crash anywhere leaves an intent whose claim lapses; the reconciler resumes
 * it with step 3. See docs/adr/0022-exactly-once-sms.md for the remaining window.
 * Recipient and text are stored sealed with the record's key (ADR 0011) and opened only
 * for the provider call; once the key is shredded the intent is closed as "skipped".
 */
export class SendSmsOnce {
  private readonly owner: string;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly retry: RetryPolicy;
  private readonly metrics: SmsMetrics;

  constructor(private readonly deps: SendSmsOnceDependencies) {
    this.metrics = deps.metrics ?? uncountedSms;
    this.owner = deps.owner ?? `sender-${randomUUID()}`;
    this.sleep = deps.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.retry = { maxAttempts: deps.attempts, initialDelayMs: deps.retryInitialMs, maxDelayMs: 30_000 };
  }

  /** Records the intent and sends it; a second call with the same id only resumes an abandoned intent. */
  async execute(message: NewMessage): Promise<SendOutcome> {
    return this.dispatch(await this.record(message));
  }

  /**
   * Step 1 alone: seals and records the intent, claimed by this replica, and sends nothing, for a
   * caller that writes something else meanwhile and decides afterwards (ADR 0047). Follow it with
   * `dispatch`, `withdraw` or `giveBack`.
   */
  async record(message: NewMessage): Promise<RecordedIntent> {
    const sealed = await this.seal(message);
    if (!sealed) {
      this.skip(message._id, ERASED);
      return { kind: "skipped" };
    }
    const created = await this.deps.messages.createIntent(sealed, this.deps.sender.provider, this.claim());
    return created
      ? { kind: "created", record: created, message }
      : { kind: "exists", messageId: message._id };
  }

  /** Sends what `record` recorded, or resumes the earlier intent it found. */
  async dispatch(intent: RecordedIntent): Promise<SendOutcome> {
    switch (intent.kind) {
      case "skipped":
        return "skipped";
      case "created":
        return this.deliver(intent.record, intent.message, { firstCallNoted: true });
      case "exists":
        return this.resume(intent.messageId);
    }
  }

  /** Closes an intent this replica just recorded, unsent: the reason for the text fell away. */
  async withdraw(intent: RecordedIntent, reason: string): Promise<void> {
    if (intent.kind !== "created") return;
    await this.deps.messages.recordSkipped(intent.record._id, this.owner, reason);
    this.metrics.skipped(this.deps.sender.provider, reason);
  }

  /** Hands an intent this replica just recorded to whoever retries first (the caller failed after it). */
  async giveBack(intent: RecordedIntent): Promise<void> {
    if (intent.kind !== "created") return;
    await this.deps.messages.release(intent.record._id, this.owner, this.deps.clock());
  }

  /** Takes over an intent whose owner is gone (crash) or gave it back (retries used up). */
  async resume(messageId: string): Promise<SendOutcome> {
    const claimed = await this.deps.messages.claim(messageId, this.claim());
    if (!claimed) return "already_handled";
    const opened = await this.open(claimed);
    if (!opened) return this.closeErased(claimed._id);
    return this.deliver(claimed, opened, { firstCallNoted: false });
  }

  /** A text that will not be written because its client's personal data are erased: counted and logged. */
  skip(messageId: string, reason: string): void {
    this.metrics.skipped(this.deps.sender.provider, reason);
    this.deps.logger.info({ messageId, reason }, "SMS skipped: the client's personal data are erased");
  }

  /** Null when the record's key is shredded already. */
  private async seal(message: NewMessage): Promise<SealedNewMessage | null> {
    const { to, body, ...meta } = message;
    try {
      return {
        ...meta,
        sealedTo: await this.deps.cipher.encrypt(message.clientId, to),
        sealedBody: await this.deps.cipher.encrypt(message.clientId, body),
        phoneIndex: this.deps.phoneIndex.of(to),
      };
    } catch (error) {
      if (isPersonalDataErased(error)) return null;
      throw error;
    }
  }

  private async open(record: MessageRecord): Promise<{ to: string; body: string } | null> {
    const to = await this.deps.cipher.decryptOrNull(record.clientId, record.sealedTo);
    const body = await this.deps.cipher.decryptOrNull(record.clientId, record.sealedBody);
    return to !== null && body !== null ? { to, body } : null;
  }

  private async closeErased(messageId: string): Promise<SendOutcome> {
    await this.deps.messages.recordSkipped(messageId, this.owner, ERASED);
    this.skip(messageId, ERASED);
    return "skipped";
  }

  private claim() {
    const now = this.deps.clock();
    return { owner: this.owner, now, until: new Date(now.getTime() + this.deps.leaseMs) };
  }

  /** `firstCallNoted`: a fresh intent counts its first call already; nothing can have reached the provider. */
  private async deliver(
    record: MessageRecord,
    opened: { to: string; body: string },
    { firstCallNoted }: { firstCallNoted: boolean },
  ): Promise<SendOutcome> {
    const { messages, sender, logger } = this.deps;
    const sms: OutboundSms = {
      messageId: record._id,
      clientId: record.clientId,
      to: opened.to,
      body: opened.body,
      language: record.language,
      createdAt: record.createdAt,
    };
    let calls = firstCallNoted ? 0 : record.providerCalls;
    let lastReason = "unknown";
    for (let attempt = 1; attempt <= this.retry.maxAttempts; attempt++) {
      try {
        const earlier = calls > 0 ? await sender.findSent(sms) : null;
        if (earlier) {
          await messages.recordSent(record._id, this.owner, earlier);
          this.metrics.sent(sender.provider);
          return "sent";
        }
        const noted = firstCallNoted && calls === 0;
        // Lost the intent to another replica (this one stalled past its lease): that one sends.
        if (!noted && !(await messages.noteProviderCall(record._id, this.owner))) return "already_handled";
        calls++;
        const accepted = await sender.send(sms);
        await messages.recordSent(record._id, this.owner, accepted);
        this.metrics.sent(sender.provider);
        return "sent";
      } catch (error) {
        // Erased while it was being sent (a provider that stores texts seals them with the key).
        if (isPersonalDataErased(error)) return this.closeErased(record._id);
        if (isAppError(error) && !error.retryable) {
          const code = providerCodeOf(error);
          await messages.recordFailed(record._id, this.owner, code);
          this.metrics.failed(sender.provider, code);
          logger.warn(
            { messageId: record._id, providerCode: code },
            "SMS refused by the provider; not retried",
          );
          return "failed";
        }
        lastReason = reasonOf(error);
        logger.warn({ messageId: record._id, attempt, reason: lastReason }, "SMS not sent yet; retrying");
        if (attempt < this.retry.maxAttempts) await this.sleep(backoffDelayMs(attempt, this.retry));
      }
    }
    await messages.release(record._id, this.owner, this.deps.clock());
    this.metrics.deferred(sender.provider, lastReason);
    return "pending";
  }
}

function providerCodeOf(error: AppError): string {
  const code = error.details?.providerCode;
  return typeof code === "string" || typeof code === "number" ? String(code) : (error.reason ?? error.code);
}

function reasonOf(error: unknown): string {
  return isAppError(error) ? (error.reason ?? error.code) : error instanceof Error ? error.name : "unknown";
}
