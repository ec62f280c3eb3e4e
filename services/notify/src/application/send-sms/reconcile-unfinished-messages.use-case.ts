import { type MessageStore } from "../ports/message-store.port";
import { type SendSmsOnce } from "./send-sms-once.use-case";

/**
 * Finishes intents nobody is working on: those of a replica that crashed
 * between recording the intent and recording the result, and those whose
 * retries were used up. Each is claimed first, then resumed with a provider
 * lookup before any new call (SendSmsOnce), so none is sent twice.
 */
export class ReconcileUnfinishedMessages {
  constructor(
    private readonly deps: {
      messages: MessageStore;
      sendSms: SendSmsOnce;
      clock: () => Date;
      batchSize?: number;
    },
  ) {}

  async execute(): Promise<number> {
    const ids = await this.deps.messages.findUnclaimed(this.deps.clock(), this.deps.batchSize ?? 50);
    let resumed = 0;
    for (const id of ids) {
      if ((await this.deps.sendSms.resume(id)) !== "already_handled") resumed++;
    }
    return resumed;
  }
}
