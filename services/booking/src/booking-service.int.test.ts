import { AppointmentBookedV1, SmsReplyReceivedV1, Topics } from "@counselling/contracts";
import {
  type CapturedProcess,
  isolatedSuite,
  startServiceProcess,
  testInfra,
  uniqueId,
  waitFor,
} from "@counselling/testkit";
import {
  CLIENT_DATA_KEYS_COLLECTION,
  newEnvelope,
  PersonalDataVault,
  StaffTokens,
} from "@counselling/platform";
import { Kafka, logLevel } from "kafkajs";
import { MongoClient } from "mongodb";
import path from "node:path";
import { freeSlotQueryFor } from "./application/availability/free-slot-query-for";
import { computeFreeSlots } from "./domain/availability";
import { demoDirectory } from "./seed/demo-directory";
import { testMasterKey } from "./testing/booking-test-kit";

/** A bookable request against the demo directory: the first free in-person slot of an MBE counsellor. */
function demoBookingRequest(now: Date) {
  const service = demoDirectory.services.find(
    (s) => s.kind === "adult_migration_counselling" && s.channels.includes("in_person"),
  )!;
  const location = demoDirectory.locations.find((l) => l.id === service.locationIds[0])!;
  const counsellor = demoDirectory.counsellors.find(
    (c) =>
      c.serviceIds.includes(service.id) &&
      c.locationIds.includes(location.id) &&
      c.channels.includes("in_person"),
  )!;
  const slots = computeFreeSlots(
    freeSlotQueryFor(
      { service, location, counsellor },
      { now, from: now, to: new Date(now.getTime() + 21 * 86_400_000) },
    ),
  );

  return (slotIndex: number, phone = "+49 151 23456789") => ({
    idempotencyKey: `e2e-${uniqueId()}`,
    serviceId: service.id,
    locationId: location.id,
    counsellorId: counsellor.id,
    startsAt: slots[slotIndex]!.start,
    channel: "in_person" as const,
    client: { displayName: "Amina", phone, preferredLanguage: counsellor.languages[0]!, smsConsent: true },
  });
}

describe("booking service over HTTP, real broker and database", () => {
  let topicPrefix: string;
  let dbName: string;
  const running: CapturedProcess[] = [];

  beforeAll(async () => {
    ({ topicPrefix, dbName } = await isolatedSuite("booking-e2e"));
  });

  afterEach(() => {
    for (const service of running.splice(0)) service.child.kill("SIGKILL");
  });

  async function startBooking(extraEnv: Record<string, string> = {}) {
    const booking = await startServiceProcess(path.join(__dirname, "main.ts"), {
      KAFKA_TOPIC_PREFIX: topicPrefix,
      MONGO_DB: dbName,
      PERSONAL_DATA_KEY_DB: `${dbName}_keys`,
      ...extraEnv,
    });
    running.push(booking);
    return { url: booking.url, service: booking };
  }

  const book = (url: string, body: unknown) =>
    fetch(`${url}/trpc/appointments.book`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });

  // Runs first: after a SIGKILL the dead member stays in the consumer group until its session times out (30 s).
  it("applies a client's SMS reply from notify: '2' cancels the appointment once, even when delivered twice; the freed slot goes to the waitlist", async () => {
    const secret = `test-secret-${uniqueId(16)}-long-enough-for-hs256`;
    const booking = await startBooking({ STAFF_TOKEN_SECRET: secret });
    const request = demoBookingRequest(new Date())(12);
    const response = await book(booking.url, request);
    expect(response.status).toBe(200);
    const { result } = (await response.json()) as {
      result: { data: { appointment: { appointmentId: string; organisationId: string } } };
    };
    const appointmentId = result.data.appointment.appointmentId;
    const receptionToken = await new StaffTokens(secret).issue({
      staffId: "staff-rita",
      role: "reception",
      organisationId: result.data.appointment.organisationId,
      locationIds: [],
    });
    const joined = await fetch(`${booking.url}/trpc/waitlist.join`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${receptionToken}` },
      body: JSON.stringify({
        idempotencyKey: `wl-${uniqueId()}`,
        serviceId: request.serviceId,
        client: { displayName: "Olena", phone: "+4915199887766", preferredLanguage: "uk", smsConsent: true },
      }),
    });
    expect(joined.status).toBe(200);
    const { result: entry } = (await joined.json()) as { result: { data: { entryId: string } } };

    const kafka = new Kafka({
      clientId: "e2e-replies",
      brokers: [testInfra().kafkaBrokers],
      logLevel: logLevel.NOTHING,
    });
    const producer = kafka.producer();
    await producer.connect();
    const reply = newEnvelope(SmsReplyReceivedV1, {
      subject: appointmentId,
      source: "notify",
      data: {
        messageId: `msg-${uniqueId()}`,
        inReplyToMessageId: null,
        appointmentId,
        intent: "cancel",
        receivedAt: new Date().toISOString(),
        language: "de",
      },
    });
    const message = { key: appointmentId, value: JSON.stringify(reply) };
    await producer.send({ topic: topicPrefix + Topics.notifyReplies, messages: [message, message] });
    await producer.disconnect();

    const consumer = kafka.consumer({ groupId: `e2e-${uniqueId()}` });
    await consumer.connect();
    await consumer.subscribe({ topic: topicPrefix + Topics.bookingAppointments, fromBeginning: true });
    const cancellations: Array<{ data: { reason: string } }> = [];
    await consumer.run({
      eachMessage: async ({ message: received }) => {
        const event = JSON.parse(received.value?.toString() ?? "{}") as {
          type: string;
          subject: string;
          data: { reason: string };
        };
        if (event.subject === appointmentId && event.type === "appointment.cancelled")
          cancellations.push(event);
        await Promise.resolve();
      },
    });
    await waitFor(
      () => cancellations.length,
      (count) => count >= 1,
      { what: "appointment.cancelled after the SMS reply", timeoutMs: 30_000 },
    );
    expect(cancellations[0]!.data.reason).toBe("client_sms_reply");
    // Booking's own consumer of cancellations offered the freed slot to Olena.
    const offers = kafka.consumer({ groupId: `e2e-${uniqueId()}` });
    await offers.connect();
    await offers.subscribe({ topic: topicPrefix + Topics.bookingWaitlist, fromBeginning: true });
    const offered: Array<{
      subject: string;
      data: { time: { startsAt: string }; client: { clientId: string; sealedName: string } };
    }> = [];
    await offers.run({
      eachMessage: async ({ message: received }) => {
        offered.push(JSON.parse(received.value?.toString() ?? "{}") as (typeof offered)[number]);
        await Promise.resolve();
      },
    });
    const offer = await waitFor(
      () => offered.find((event) => event.subject === entry.data.entryId),
      (event) => event !== undefined,
      { what: "waitlist.slot_offered for the freed slot", timeoutMs: 30_000 },
    );
    expect(offer).toMatchObject({ data: { time: { startsAt: request.startsAt } } });
    // The offer names Olena only sealed; the key database opens it.
    const mongo = await MongoClient.connect(testInfra().mongoUrl);
    const vault = PersonalDataVault.on(mongo.db(`${dbName}_keys`).collection(CLIENT_DATA_KEYS_COLLECTION), {
      masterKey: testMasterKey,
    });
    expect(await vault.decrypt(offer!.data.client.clientId, offer!.data.client.sealedName)).toBe("Olena");
    await mongo.close();
    await offers.disconnect();
    // The duplicate delivery must not have produced a second cancellation: give the relay a round.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(cancellations).toHaveLength(1);
    await consumer.disconnect();
  });

  it("books over tRPC, answers bad input with a stable code, and a SIGKILL between write and publish still publishes after restart", async () => {
    const request = demoBookingRequest(new Date());
    // First instance: the relay sleeps long, so the event stays in the outbox when the process dies.
    const first = await startBooking({ OUTBOX_POLL_MS: "600000" });
    const response = await book(first.url, request(0));
    expect(response.status).toBe(200);
    const { result } = (await response.json()) as {
      result: { data: { appointment: { appointmentId: string }; manageToken: string } };
    };
    const appointmentId = result.data.appointment.appointmentId;

    const invalid = await book(first.url, request(1, "12345"));
    expect(invalid.status).toBe(400);
    expect(await invalid.json()).toMatchObject({
      error: { data: { appCode: "VALIDATION_FAILED", reason: "phone_invalid" } },
    });

    first.service.child.kill("SIGKILL");
    await first.service.exited;

    const kafka = new Kafka({
      clientId: "e2e",
      brokers: [testInfra().kafkaBrokers],
      logLevel: logLevel.NOTHING,
    });
    const consumer = kafka.consumer({ groupId: `e2e-${uniqueId()}` });
    await consumer.connect();
    await consumer.subscribe({ topic: topicPrefix + Topics.bookingAppointments, fromBeginning: true });
    const seen: Array<{ type: string; subject: string; data: { manageUrl: string; sequence: number } }> = [];
    await consumer.run({
      eachMessage: async ({ message }) => {
        seen.push(JSON.parse(message.value?.toString() ?? "{}") as (typeof seen)[number]);
        await Promise.resolve();
      },
    });

    const restarted = await startBooking(); // the restarted process relays what the killed one had written
    const booked = await waitFor(
      () => seen.find((event) => event.subject === appointmentId),
      (event) => event !== undefined,
      { what: "appointment.booked on Kafka", timeoutMs: 30_000 },
    );
    expect(AppointmentBookedV1.envelope.safeParse(booked).success).toBe(true);
    expect(booked?.data.manageUrl).toContain(`${appointmentId}#${result.data.manageToken}`);

    // The client cancels with the link; calendars get the same UID with a raised SEQUENCE.
    const cancel = await fetch(`${restarted.url}/trpc/appointments.cancel`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ appointmentId, manageToken: result.data.manageToken }),
    });
    expect(cancel.status).toBe(200);
    const cancelled = await waitFor(
      () => seen.find((event) => event.subject === appointmentId && event.type === "appointment.cancelled"),
      (event) => event !== undefined,
      { what: "appointment.cancelled on Kafka", timeoutMs: 30_000 },
    );
    expect(cancelled).toMatchObject({ data: { sequence: 1, reason: "client_request" } });
    await consumer.disconnect();
  });

  it("guards staff procedures: 401 without or with a forged token, 403 outside the organisation, 200 within", async () => {
    const secret = `test-secret-${uniqueId(16)}-long-enough-for-hs256`;
    const booking = await startBooking({ STAFF_TOKEN_SECRET: secret });
    const location = demoDirectory.locations[0]!;
    const tokens = new StaffTokens(secret);
    const forged = new StaffTokens("someone-elses-secret-that-is-long-enough");
    const principal = {
      staffId: "staff-rita",
      role: "reception" as const,
      organisationId: location.organisationId,
      locationIds: [],
    };
    const day = (token: string | null) =>
      fetch(
        `${booking.url}/trpc/reception.day?input=${encodeURIComponent(JSON.stringify({ locationId: location.id, date: "2026-11-30" }))}`,
        {
          headers: token ? { authorization: `Bearer ${token}` } : {},
        },
      );

    expect((await day(null)).status).toBe(401);
    expect((await day(await forged.issue(principal))).status).toBe(401);
    const outsider = await day(await tokens.issue({ ...principal, organisationId: "org-somewhere-else" }));
    expect(outsider.status).toBe(403);
    expect(await outsider.json()).toMatchObject({
      error: { data: { appCode: "FORBIDDEN", reason: "out_of_scope" } },
    });
    const wrongRole = await day(await tokens.issue({ ...principal, role: "coordinator" }));
    expect(wrongRole.status).toBe(403);
    const allowed = await day(await tokens.issue(principal));
    expect(allowed.status).toBe(200);
    // A demo sign-in over HTTP gives a token the staff procedures accept.
    const login = await fetch(`${booking.url}/trpc/auth.login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: "admin.westsachsen", password: "demo" }),
    });
    expect(login.status).toBe(200);
    const { result: signedIn } = (await login.json()) as { result: { data: { token: string } } };
    expect((await day(signedIn.data.token)).status).toBe(
      location.organisationId === "org-westsachsen" ? 200 : 403,
    );
    const refused = await fetch(`${booking.url}/trpc/auth.login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: "admin.westsachsen", password: "guess" }),
    });
    expect(refused.status).toBe(401);
    expect(await allowed.json()).toMatchObject({ result: { data: expect.any(Array) as unknown } });
  });
});
