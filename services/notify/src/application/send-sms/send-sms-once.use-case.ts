import { randomUUID } from "node:crypto";
import { type AppError, backoffDelayMs, isAppError, type RetryPolicy } from "@counselling/platform";
import type { Logger } from "pino";
import { type MessageRecord, type NewMessage } from "../ports/message-record";
import { type MessageStore } from "../ports/message-store.port";
import { type SmsMetrics, uncountedSms } from "../ports/sms-metrics.port";
import { type OutboundSms, type SmsSender } from "../ports/sms-sender.port";

export interface SendSmsOnceDependencies {
  messages: MessageStore;
  sender: SmsSender;
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

export type SendOutcome = "sent" | "failed" | "pending" | "already_handled";

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
    const created = await this.deps.messages.createIntent(message, this.deps.sender.provider, this.claim());
    if (created) return this.deliver(created, { firstCallNoted: true });
    return this.resume(message._id);
  }

  /** Takes over an intent whose owner is gone (crash) or gave it back (retries used up). */
  async resume(messageId: string): Promise<SendOutcome> {
    const claimed = await this.deps.messages.claim(messageId, this.claim());
    return claimed ? this.deliver(claimed, { firstCallNoted: false }) : "already_handled";
  }

  private claim() {
    const now = this.deps.clock();
    return { owner: this.owner, now, until: new Date(now.getTime() + this.deps.leaseMs) };
  }

  /** `firstCallNoted`: a fresh intent counts its first call already; nothing can have reached the provider. */
  private async deliver(
    record: MessageRecord,
    { firstCallNoted }: { firstCallNoted: boolean },
  ): Promise<SendOutcome> {
    const { messages, sender, logger } = this.deps;
    const sms: OutboundSms = {
      messageId: record._id,
      to: record.to,
      body: record.body,
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
