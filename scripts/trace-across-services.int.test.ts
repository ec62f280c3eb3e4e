import path from "node:path";
import { Topics } from "@counselling/contracts";
import { createKafka, createLogger, traceIdOf } from "@counselling/platform";
import {
  type CapturedProcess,
  isolatedSuite,
  startServiceProcess,
  testInfra,
  uniqueId,
  waitFor,
} from "@counselling/testkit";
import type { Consumer, KafkaMessage } from "kafkajs";
import { freeSlotQueryFor } from "../services/booking/src/application/availability/free-slot-query-for";
import { computeFreeSlots } from "../services/booking/src/domain/availability";
import { demoDirectory } from "../services/booking/src/seed/demo-directory";

const TRACE_ID = "8a3c60f7d188f8fa79d48a391a778fa6";

/**
 * One booking followed across services by its trace id (issue 7, observability): the
 * client's `traceparent` on the HTTP call → booking's `appointment.booked` (Kafka
 * header, written through the outbox) → notify's handling of it (its log lines carry the
 * trace id; the events notify writes while handling it would carry it too — proven with a
 * republishing consumer in packages/platform's observability test: notify's delivery
 * events come later, from provider callbacks, in their own traces).
 */
describe("a booking's trace across booking and notify", () => {
  const running: CapturedProcess[] = [];
  let collector: Consumer;
  const seen: KafkaMessage[] = [];
  let bookingUrl: string;
  let notify: CapturedProcess & { url: string };

  beforeAll(async () => {
    const { topicPrefix, dbName } = await isolatedSuite("trace");
    const common = { KAFKA_TOPIC_PREFIX: topicPrefix, OUTBOX_POLL_MS: "50" };
    const booking = await startServiceProcess(path.join(__dirname, "../services/booking/src/main.ts"), {
      ...common,
      MONGO_DB: `${dbName}_booking`,
    });
    running.push(booking);
    bookingUrl = booking.url;
    notify = await startServiceProcess(path.join(__dirname, "../services/notify/src/main.ts"), {
      ...common,
      MONGO_DB: `${dbName}_notify`,
      LOG_LEVEL: "debug",
    });
    running.push(notify);
    const logger = createLogger({ service: "trace-collector", level: "silent" });
    collector = createKafka({
      clientId: "trace-collector",
      brokers: testInfra().kafkaBrokers,
      logger,
    }).consumer({
      groupId: `collector-${uniqueId()}`,
      maxWaitTimeInMs: 100,
    });
    await collector.connect();
    for (const topic of [Topics.bookingAppointments, Topics.notifyDeliveries]) {
      await collector.subscribe({ topic: topicPrefix + topic, fromBeginning: true });
    }
    await collector.run({
      eachMessage: ({ message }) => {
        seen.push(message);
        return Promise.resolve();
      },
    });
  });

  afterAll(async () => {
    await collector.disconnect();
    for (const service of running) {
      service.child.kill("SIGTERM");
      await service.exited;
    }
  });

  it("carries the client's trace id from the HTTP call to booking's event and into notify's handling of it", async () => {
    const response = await fetch(`${bookingUrl}/trpc/appointments.book`, {
      method: "POST",
      headers: { "content-type": "application/json", traceparent: `00-${TRACE_ID}-f1e2d3c4b5a69788-01` },
      body: JSON.stringify(demoBookingRequest(new Date())),
    });
    expect(response.status).toBe(200);
    const { result } = (await response.json()) as {
      result: { data: { appointment: { appointmentId: string } } };
    };
    const appointmentId = result.data.appointment.appointmentId;

    const find = (type: string) =>
      seen.find((message) => {
        const event = JSON.parse(message.value?.toString() ?? "{}") as {
          type?: string;
          data?: { appointmentId?: string };
        };
        return event.type === type && event.data?.appointmentId === appointmentId;
      });
    const booked = await waitFor(
      () => find("appointment.booked"),
      (message) => message !== undefined,
      { what: "appointment.booked on Kafka" },
    );
    expect(traceIdOf(booked?.headers?.traceparent as Buffer)).toBe(TRACE_ID);
    const handled = await waitFor(
      () =>
        notify
          .output()
          .split("\n")
          .filter((line) => line.includes('"event applied"') && line.includes('"appointment.booked"'))
          .map((line) => JSON.parse(line) as { trace_id?: string }),
      (lines) => lines.length > 0,
      { what: "notify applying appointment.booked", timeoutMs: 30_000 },
    );
    expect(handled.map((line) => line.trace_id)).toContain(TRACE_ID);

    // Notify's own metrics beside the platform's: the confirmation SMS counted, the reminder backlog read.
    const metrics = await waitFor(
      () => fetch(`${notify.url}/metrics`).then((answer) => answer.text()),
      (text) => /notify_sms_sent_total\{[^}]*provider="dev_inbox"[^}]*\} [1-9]/.test(text),
      { what: "the confirmation counted in notify_sms_sent_total" },
    );
    expect(metrics).toMatch(/notify_reminder_backlog\{service="notify"\} \d+/);
  });
});

/** The first free in-person slot of a demo counsellor, as a public booking request. */
function demoBookingRequest(now: Date) {
  const service = demoDirectory.services.find(
    (candidate) =>
      candidate.kind === "adult_migration_counselling" && candidate.channels.includes("in_person"),
  );
  const location = demoDirectory.locations.find((candidate) => candidate.id === service?.locationIds[0]);
  const counsellor = demoDirectory.counsellors.find(
    (candidate) =>
      service !== undefined &&
      location !== undefined &&
      candidate.serviceIds.includes(service.id) &&
      candidate.locationIds.includes(location.id) &&
      candidate.channels.includes("in_person"),
  );
  if (!service || !location || !counsellor) throw new Error("the demo directory lacks a bookable counsellor");
  const [slot] = computeFreeSlots(
    freeSlotQueryFor(
      { service, location, counsellor },
      { now, from: now, to: new Date(now.getTime() + 21 * 86_400_000) },
    ),
  );
  if (!slot) throw new Error("no free slot in the next three weeks");
  return {
    idempotencyKey: `trace-${uniqueId()}`,
    serviceId: service.id,
    locationId: location.id,
    counsellorId: counsellor.id,
    startsAt: slot.start,
    channel: "in_person" as const,
    client: {
      displayName: "Amina",
      phone: "+49 151 23456789",
      preferredLanguage: counsellor.languages[0] ?? "de",
      smsConsent: true,
    },
  };
}
