import { randomUUID } from "node:crypto";
import { Topics } from "@counselling/contracts";
import { createKafka, createLogger } from "@counselling/platform";
import { testInfra, uniqueId, waitFor } from "@counselling/testkit";
import type { Kafka, Producer } from "kafkajs";
import { MongoClient } from "mongodb";
import { callTrpc, freeSlots, type RunningSystem, separateSlots, startSystem } from "./system-under-test";

/**
 * Issue 7: malformed and unknown-version events on every consumed topic land in the
 * dead-letter topic and consumption goes on. With the three services running as
 * processes, each consumed topic gets an unparseable message, an envelope of a handled
 * type in an unknown version and one with an invalid payload, all keyed like the valid
 * event that follows them (so they sit before it in the same partition). Every consumer
 * group dead-letters each of them to `<topic>.dlq` with its `dlq-*` headers, and the valid
 * event behind them still takes effect in every service:
 *
 * | topic                   | consumer group (service)            | effect of the valid event        |
 * | ----------------------- | ----------------------------------- | -------------------------------- |
 * | notify.replies.v1       | booking.client-replies (booking)    | reception's day: confirmed by SMS |
 * | booking.appointments.v1 | booking.waitlist-offers (booking)   | the freed slot offered to the waitlist |
 * | booking.appointments.v1 | referral.appointments (referral)    | the cancellation applied (marker) |
 * | booking.appointments.v1 | notify (notify)                     | the cancellation SMS             |
 * | booking.waitlist.v1     | notify (notify)                     | the offer SMS                    |
 */
const expectedDeadLetters = [
  [Topics.notifyReplies, "booking.client-replies", "sms.reply_received"],
  [Topics.bookingAppointments, "booking.waitlist-offers", "appointment.cancelled"],
  [Topics.bookingAppointments, "referral.appointments", "appointment.cancelled"],
  [Topics.bookingAppointments, "notify", "appointment.cancelled"],
  [Topics.bookingWaitlist, "notify", "waitlist.slot_offered"],
] as const;
const reasons = ["unparseable", "unsupported_version", "invalid_payload"] as const;

interface DeadLetter {
  topic: string;
  key: string;
  headers: Record<string, string>;
}

describe("dead letters on every consumed topic", () => {
  let system: RunningSystem;
  let kafka: Kafka;
  let producer: Producer;
  let mongo: MongoClient;

  beforeAll(async () => {
    system = await startSystem("dlq", { all: { LOG_LEVEL: "warn" } });
    kafka = createKafka({
      clientId: "dead-letters-test",
      brokers: testInfra().kafkaBrokers,
      logger: createLogger({ service: "dead-letters-test", level: "silent" }),
    });
    producer = kafka.producer();
    await producer.connect();
    mongo = await new MongoClient(testInfra().mongoUrl, { directConnection: true, maxPoolSize: 3 }).connect();
  }, 90_000);

  afterAll(async () => {
    await producer.disconnect();
    await mongo.close();
    await system.stop();
  });

  it("dead-letters unparseable, unknown-version and invalid events and still applies the valid one behind them", async () => {
    const booking = system.booking.url;
    const reception = await system.issue({
      staffId: "dlq-reception",
      role: "reception",
      organisationId: "org-westsachsen",
      locationIds: [],
    });
    const slots = separateSlots(
      await freeSlots(booking, {
        serviceId: "svc-westsachsen-mbe",
        locationId: "loc-leipzig-ost",
        channel: "phone",
        language: "de",
      }),
      2,
    );
    const phones = { a: "+4915100007001", b: "+4915100007002", waiting: "+4915100007003" };
    const book = async (slotIndex: number, phone: string) => {
      const slot = slots[slotIndex]!;
      const reply = await callTrpc(
        booking,
        "appointments.book",
        null,
        {
          idempotencyKey: `dlq-${randomUUID()}`,
          serviceId: "svc-westsachsen-mbe",
          locationId: slot.locationId,
          counsellorId: slot.counsellorId,
          startsAt: slot.start,
          channel: "phone",
          client: { displayName: "Dlq", phone, preferredLanguage: "de", smsConsent: true },
        },
        "mutation",
      );
      expect([reply.status, reply.error]).toEqual([200, undefined]);
      return reply.data as {
        appointment: { appointmentId: string; time: { startsAt: string } };
        manageToken: string;
      };
    };
    const a = await book(0, phones.a);
    const b = await book(1, phones.b);
    const joined = await callTrpc(
      booking,
      "waitlist.join",
      reception,
      {
        idempotencyKey: `dlq-${randomUUID()}`,
        serviceId: "svc-westsachsen-mbe",
        locationId: null,
        channel: "phone",
        client: { displayName: "Wartend", phone: phones.waiting, preferredLanguage: "de", smsConsent: true },
      },
      "mutation",
    );
    expect(joined.status).toBe(200);
    const entryId = (joined.data as { entryId: string }).entryId;
    // Both bookings went through notify and referral: their consumers are running.
    await waitFor(
      () => textsTo(phones.a),
      (texts) => texts.length >= 1,
      { what: "A's confirmation" },
    );
    await waitFor(
      () => textsTo(phones.b),
      (texts) => texts.length >= 1,
      { what: "B's confirmation" },
    );
    await waitFor(
      () => applied(system.referral.dbName, "referral.appointments"),
      (count) => count >= 2,
      {
        what: "referral following both bookings",
      },
    );

    // The bad ones, keyed like the valid event after them.
    await produceBad(Topics.notifyReplies, b.appointment.appointmentId, "sms.reply_received");
    await produceBad(Topics.bookingAppointments, a.appointment.appointmentId, "appointment.cancelled");
    await produceBad(Topics.bookingWaitlist, entryId, "waitlist.slot_offered");

    // The valid ones: B's "1" reply, and A cancelled through booking (which offers its slot).
    await producer.send({
      topic: system.topicPrefix + Topics.notifyReplies,
      acks: -1,
      messages: [
        {
          key: b.appointment.appointmentId,
          value: JSON.stringify(
            envelope("sms.reply_received", 1, b.appointment.appointmentId, {
              messageId: `reply-${uniqueId()}`,
              inReplyToMessageId: null,
              appointmentId: b.appointment.appointmentId,
              intent: "confirm",
              receivedAt: new Date().toISOString(),
              language: "de",
            }),
          ),
        },
      ],
    });
    const cancelled = await callTrpc(
      booking,
      "appointments.cancel",
      null,
      { appointmentId: a.appointment.appointmentId, manageToken: a.manageToken },
      "mutation",
    );
    expect(cancelled.status).toBe(200);

    // Effects of the valid events, in every consuming service.
    const date = new Date(b.appointment.time.startsAt).toLocaleDateString("sv-SE", {
      timeZone: "Europe/Berlin",
    });
    await waitFor(
      async () =>
        (
          await callTrpc(
            booking,
            "reception.day",
            reception,
            { locationId: "loc-leipzig-ost", date },
            "query",
          )
        ).data as Array<{ appointmentId: string; confirmedByClient: boolean }>,
      (day) =>
        day.some((entry) => entry.appointmentId === b.appointment.appointmentId && entry.confirmedByClient),
      { what: "booking applying B's SMS reply", timeoutMs: 30_000 },
    );
    await waitFor(
      async () =>
        (await callTrpc(booking, "waitlist.list", reception, { serviceId: "svc-westsachsen-mbe" }, "query"))
          .data as Array<{ entryId: string; status: string }>,
      (rows) => rows.some((row) => row.entryId === entryId && row.status === "offered"),
      { what: "booking offering A's freed slot to the waitlist", timeoutMs: 30_000 },
    );
    await waitFor(
      () => textsTo(phones.a),
      (texts) => texts.length >= 2,
      {
        what: "notify texting A's cancellation",
        timeoutMs: 30_000,
      },
    );
    await waitFor(
      () => textsTo(phones.waiting),
      (texts) => texts.length >= 1,
      {
        what: "notify texting the waitlist offer",
        timeoutMs: 30_000,
      },
    );
    await waitFor(
      () => applied(system.referral.dbName, "referral.appointments"),
      (count) => count >= 3,
      {
        what: "referral applying A's cancellation",
        timeoutMs: 30_000,
      },
    );

    // Every bad message in <topic>.dlq, once per consumer group, with its reason and origin.
    const letters = await deadLetters(expectedDeadLetters.length * reasons.length);
    const seen = letters
      .map(
        (letter) => `${letter.topic} ${letter.headers["dlq-consumer-group"]} ${letter.headers["dlq-reason"]}`,
      )
      .sort();
    const expected = expectedDeadLetters
      .flatMap(([topic, group]) => reasons.map((reason) => `${topic}.dlq ${group} ${reason}`))
      .sort();
    expect(seen).toEqual(expected);
    for (const letter of letters) {
      expect(letter.headers).toMatchObject({
        "dlq-original-topic": letter.topic.replace(/\.dlq$/, ""),
        "dlq-attempts": "0",
      });
      expect(letter.headers["dlq-error"]).toBeTruthy();
      expect(Number(letter.headers["dlq-original-partition"])).toBeGreaterThanOrEqual(0);
      expect(Number(letter.headers["dlq-original-offset"])).toBeGreaterThanOrEqual(0);
      expect(Date.parse(letter.headers["dlq-failed-at"] ?? "")).not.toBeNaN();
    }
    // Every service is still running.
    for (const service of [system.booking, system.referral, system.notify])
      expect(service.child.exitCode).toBeNull();
  });

  async function textsTo(phone: string): Promise<Array<{ to: string; body: string }>> {
    const reply = await callTrpc(system.notify.url, "devInbox.list", null, undefined, "query");
    return (reply.data as Array<{ to: string; body: string }>).filter((message) => message.to === phone);
  }

  async function applied(dbName: string, group: string): Promise<number> {
    return mongo.db(dbName).collection("processed_events").countDocuments({ consumerGroup: group });
  }

  async function produceBad(topic: string, key: string, type: string): Promise<void> {
    await producer.send({
      topic: system.topicPrefix + topic,
      acks: -1,
      messages: [
        { key, value: `{"id": "${randomUUID()}", "type": "${type}", broken` },
        { key, value: JSON.stringify(envelope(type, 99, key, { anything: "from the future" })) },
        { key, value: JSON.stringify(envelope(type, 1, key, { appointmentId: 42, what: "not this" })) },
      ],
    });
  }

  async function deadLetters(count: number): Promise<DeadLetter[]> {
    const letters: DeadLetter[] = [];
    const consumer = kafka.consumer({ groupId: `dlq-reader-${uniqueId()}` });
    await consumer.connect();
    await consumer.subscribe({
      topics: [Topics.notifyReplies, Topics.bookingAppointments, Topics.bookingWaitlist].map(
        (topic) => `${system.topicPrefix}${topic}.dlq`,
      ),
      fromBeginning: true,
    });
    await consumer.run({
      eachMessage: ({ topic, message }) => {
        const headers: Record<string, string> = {};
        for (const [name, value] of Object.entries(message.headers ?? {})) headers[name] = String(value);
        letters.push({ topic: topic.slice(system.topicPrefix.length), key: String(message.key), headers });
        return Promise.resolve();
      },
    });
    try {
      await waitFor(
        () => letters.length,
        (seen) => seen >= count,
        { what: `${count} dead letters`, timeoutMs: 30_000 },
      );
      // Nothing more than expected arrives (e.g. the valid events must not be dead-lettered).
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    } finally {
      await consumer.disconnect();
    }
    return letters;
  }
});

function envelope(type: string, version: number, subject: string, data: unknown) {
  return {
    id: randomUUID(),
    type,
    version,
    occurredAt: new Date().toISOString(),
    source: "dead-letters-test",
    subject,
    correlationId: randomUUID(),
    causationId: null,
    data,
  };
}
