import { waitFor } from "@counselling/testkit";
import { useNotifyProcess } from "./testing/notify-process-harness";

describe("notify service killed mid-way, real broker and database", () => {
  const harness = useNotifyProcess("notify-e2e");

  it("sends exactly 500 confirmations for 500 bookings although it is SIGKILLed half-way", async () => {
    const inbox = harness.db().collection<{ _id: string; handedOver: number }>("dev_inbox");
    // A crashed member keeps its partitions for the session timeout: 6 s (the broker's minimum) instead
    // of 30; all 6 partitions of the topic are worked on at once (the default, 3, halves the pace).
    const quickFailover = { KAFKA_SESSION_TIMEOUT_MS: "6000", CONSUMER_PARTITIONS_CONCURRENTLY: "6" };
    const first = await harness.startNotify(quickFailover);
    await harness.produceBooked(500, (index) => `+49151${String(10_000_000 + index)}`, "kill");
    await waitFor(
      () => inbox.countDocuments(),
      (count) => count >= 100,
      {
        what: "the first 100 texts",
        timeoutMs: 60_000,
        intervalMs: 20,
      },
    );
    first.child.kill("SIGKILL");
    await first.exited;
    const handedOverBeforeRestart = await inbox.countDocuments();
    expect(handedOverBeforeRestart).toBeLessThan(500);

    await harness.startNotify(quickFailover);
    await waitFor(
      async () => ({
        inbox: await inbox.countDocuments(),
        unfinished: await harness.db().collection("messages").countDocuments({ sending: 1 }),
      }),
      (progress) => progress.inbox === 500 && progress.unfinished === 0,
      // The group waits for the killed member's session (6 s); intents it left wait for their lease (2 s).
      // Generous bounds: this test is about exactly-once, not speed (that is the event-to-SMS bench),
      // and in CI it shares two cores with every other suite.
      { what: "500 texts, none unfinished", timeoutMs: 150_000, intervalMs: 250 },
    );
    const texts = await inbox.find({}).toArray();
    expect(texts).toHaveLength(500);
    expect(texts.filter((text) => text.handedOver !== 1)).toEqual([]);
    expect(
      await harness.db().collection("messages").countDocuments({ template: "confirmation", state: "sent" }),
    ).toBe(500);
  }, 240_000);
});
