import { type OutboundSms, type ProviderAcceptance, type SmsSender } from "../ports/sms-sender.port";
import {
  aNewMessage,
  sealedMessage,
  sendSmsOnceWith,
  useNotifyDatabase,
} from "../../testing/notify-test-kit";

/** A provider that counts every call and answers slowly, to widen the race. */
class CountingSender implements SmsSender {
  readonly provider = "dev_inbox" as const;
  readonly sent: string[] = [];

  async send(sms: OutboundSms): Promise<ProviderAcceptance> {
    this.sent.push(sms.messageId);
    await new Promise((resolve) => setTimeout(resolve, 20));
    return { providerMessageId: `counted-${sms.messageId}`, status: "queued" };
  }

  findSent(sms: OutboundSms): Promise<ProviderAcceptance | null> {
    return Promise.resolve(
      this.sent.includes(sms.messageId)
        ? { providerMessageId: `counted-${sms.messageId}`, status: "queued" }
        : null,
    );
  }
}

describe("taking over an abandoned send on the real database", () => {
  const db = useNotifyDatabase("notify-takeover");

  it("lets exactly one of two concurrent takeovers call the provider, 20 times over", async () => {
    const sender = new CountingSender();
    const crashed = sendSmsOnceWith(db(), sender, { owner: "crashed" });
    const reconciler = sendSmsOnceWith(db(), sender, { owner: "reconciler" });
    const redelivery = sendSmsOnceWith(db(), sender, { owner: "redelivery" });
    const abandoned = Array.from({ length: 20 }, (_, index) =>
      aNewMessage({ to: `+491510000${1000 + index}` }),
    );
    for (const [index, message] of abandoned.entries()) {
      // A replica recorded the intent (its first call counted) and died before or after a retry; the lease lapsed.
      await crashed.messages.createIntent(await sealedMessage(db(), message), "dev_inbox", {
        owner: "crashed",
        now: new Date(Date.now() - 60_000),
        until: new Date(Date.now() - 1),
      });
      if (index % 2 === 1) await crashed.messages.noteProviderCall(message._id, "crashed");
    }

    // The ADR 0022 race: the reconciler resumes the intent while a redelivered event resumes it too
    // (execute finds the intent and resumes it; resumed directly here, so both claims start together).
    const outcomes = await Promise.all(
      abandoned.map((message) =>
        Promise.all([reconciler.sendSms.resume(message._id), redelivery.sendSms.resume(message._id)]),
      ),
    );
    // A redelivery finding the intent taken changes nothing.
    for (const message of abandoned)
      await expect(redelivery.sendSms.execute(message)).resolves.toBe("already_handled");

    expect(sender.sent).toHaveLength(20);
    expect(new Set(sender.sent).size).toBe(20);
    for (const pair of outcomes) expect([...pair].sort()).toEqual(["already_handled", "sent"]);
    for (const message of abandoned) {
      const stored = await reconciler.messages.get(message._id);
      expect(stored).toMatchObject({
        state: "sent",
        sending: 0,
        providerMessageId: `counted-${message._id}`,
      });
      expect(["reconciler", "redelivery"]).toContain(stored?.claimedBy);
    }
  });
});
