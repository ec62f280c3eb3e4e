import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { PrivacyErasureConfirmedV1, PrivacyErasureRequestedV1, Topics } from "@counselling/contracts";
import {
  CLIENT_DATA_KEYS_COLLECTION,
  newEnvelope,
  PersonalDataVault,
  type StaffPrincipal,
  StaffTokens,
} from "@counselling/platform";
import {
  type CapturedProcess,
  isolatedSuite,
  startServiceProcess,
  testInfra,
  uniqueId,
  waitFor,
} from "@counselling/testkit";
import { Kafka, logLevel } from "kafkajs";
import { MongoClient } from "mongodb";
import { testMasterKey } from "./testing/booking-test-kit";

/**
 * Issue 8 in the booking service as a process, over HTTP and the real broker and database:
 * sealed at rest and on Kafka, the DPO's procedures (and nobody else's), export with
 * referral's and notify's parts, erasure by event confirmed by every service, statistics
 * unchanged, the access log.
 */
const A = { name: "Zulfiya Privat", phone: "+4915123987601", typed: "0151 2398 7601" };
const B = { name: "Bogdan Bleibt", phone: "+4915123987602", typed: "+49 151 23987602" };
const SECRET = `privacy-secret-${uniqueId(16)}-long-enough-for-hs256`;
const org = "org-westsachsen";
const staff = (role: StaffPrincipal["role"], staffId: string): StaffPrincipal => ({
  staffId,
  role,
  organisationId: org,
  locationIds: [],
});

interface Reply {
  status: number;
  data: unknown;
  error?: { data?: { appCode?: string; reason?: string } };
}

/** A stand-in for referral's or notify's `privacy.exportOwn`, answering as they do (or failing). */
async function peerStandIn(service: string) {
  const state = { down: false, asked: [] as Array<{ input: unknown; authorization?: string }> };
  const server: Server = createServer((request, response) => {
    let input = "";
    request.on("data", (chunk: Buffer) => (input += chunk.toString("utf8")));
    request.on("end", () => {
      state.asked.push({ input: JSON.parse(input || "null"), authorization: request.headers.authorization });
      const body = state.down
        ? { error: { message: "down", data: { appCode: "INTERNAL" } } }
        : { result: { data: { service, referrals: [{ referralId: `${service}-of-the-person` }] } } };
      response
        .writeHead(state.down ? 500 : 200, { "content-type": "application/json" })
        .end(JSON.stringify(body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { state, server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

describe("privacy in the booking service (HTTP, Kafka, database)", () => {
  let topicPrefix: string;
  let dbName: string;
  let booking: CapturedProcess & { url: string };
  let mongo: MongoClient;
  let kafka: Kafka;
  let peers: {
    referral: Awaited<ReturnType<typeof peerStandIn>>;
    notify: Awaited<ReturnType<typeof peerStandIn>>;
  };
  const tokens = new StaffTokens(SECRET);
  const token: Record<"dpo" | "admin" | "reception" | "coordinator", string> = {
    dpo: "",
    admin: "",
    reception: "",
    coordinator: "",
  };

  beforeAll(async () => {
    ({ topicPrefix, dbName } = await isolatedSuite("booking-privacy"));
    peers = { referral: await peerStandIn("referral"), notify: await peerStandIn("notify") };
    booking = await startServiceProcess(path.join(__dirname, "main.ts"), {
      KAFKA_TOPIC_PREFIX: topicPrefix,
      MONGO_DB: dbName,
      PERSONAL_DATA_KEY_DB: `${dbName}_keys`,
      STAFF_TOKEN_SECRET: SECRET,
      REFERRAL_URL: peers.referral.url,
      NOTIFY_URL: peers.notify.url,
      OUTBOX_POLL_MS: "50",
      KAFKA_SESSION_TIMEOUT_MS: "6000",
    });
    mongo = await MongoClient.connect(testInfra().mongoUrl);
    kafka = new Kafka({
      clientId: "booking-privacy",
      brokers: [testInfra().kafkaBrokers],
      logLevel: logLevel.NOTHING,
    });
    token.dpo = await tokens.issue(staff("dpo", "staff-dpo"));
    token.admin = await tokens.issue(staff("admin", "staff-admin"));
    token.reception = await tokens.issue(staff("reception", "staff-rita"));
    token.coordinator = await tokens.issue(staff("coordinator", "staff-coco"));
  }, 90_000);

  afterAll(async () => {
    booking.child.kill("SIGKILL");
    await mongo.close();
    for (const peer of Object.values(peers)) {
      peer.server.closeAllConnections();
      await new Promise((resolve) => peer.server.close(resolve));
    }
  });

  async function call(procedure: string, bearer: string | null, input: unknown, kind: "query" | "mutation") {
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (bearer) headers.authorization = `Bearer ${bearer}`;
    const response =
      kind === "query"
        ? await fetch(
            `${booking.url}/trpc/${procedure}${input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify(input))}`}`,
            { headers },
          )
        : await fetch(`${booking.url}/trpc/${procedure}`, {
            method: "POST",
            headers,
            body: JSON.stringify(input),
          });
    const body = (await response.json()) as { result?: { data: unknown }; error?: Reply["error"] };
    return { status: response.status, data: body.result?.data, error: body.error } as Reply;
  }
  const query = (procedure: string, bearer: string | null, input?: unknown) =>
    call(procedure, bearer, input, "query");
  const mutate = (procedure: string, bearer: string | null, input?: unknown) =>
    call(procedure, bearer, input, "mutation");
  async function ok<T>(reply: Promise<Reply>): Promise<T> {
    const settled = await reply;
    if (settled.status !== 200) throw new Error(`${settled.status} ${JSON.stringify(settled.error)}`);
    return settled.data as T;
  }

  const vault = () =>
    PersonalDataVault.on(mongo.db(`${dbName}_keys`).collection(CLIENT_DATA_KEYS_COLLECTION), {
      masterKey: testMasterKey,
      cacheMs: 0,
    });

  /** Every message of a topic of this suite so far, raw. */
  async function messagesOf(topic: string, until: (values: string[]) => boolean): Promise<string[]> {
    const consumer = kafka.consumer({ groupId: `scan-${uniqueId()}` });
    const values: string[] = [];
    await consumer.connect();
    await consumer.subscribe({ topic: topicPrefix + topic, fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) => {
        values.push(message.value?.toString("utf8") ?? "");
        await Promise.resolve();
      },
    });
    try {
      return await waitFor(
        () => [...values],
        (seen) => until(seen),
        { what: `messages on ${topic}`, timeoutMs: 30_000 },
      );
    } finally {
      await consumer.disconnect();
    }
  }

  async function publish(envelope: { subject: string }) {
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({
      topic: topicPrefix + Topics.privacyErasures,
      messages: [{ key: envelope.subject, value: JSON.stringify(envelope) }],
    });
    await producer.disconnect();
  }

  it("seals, exports, erases (confirmed by every service) and audits; only for the data protection officer", async () => {
    const slots = await ok<Array<{ start: string; counsellorId: string }>>(
      query("availability.slots", null, {
        serviceId: "svc-westsachsen-mbe",
        locationId: "loc-leipzig-ost",
        channel: "phone",
        days: 21,
        limit: 200,
      }),
    );
    const second = slots.find(
      (slot) =>
        slot.counsellorId !== slots[0]!.counsellorId ||
        Date.parse(slot.start) > Date.parse(slots[0]!.start) + 3 * 3_600_000,
    )!;
    const book = (person: typeof A, slot: { start: string; counsellorId: string }) =>
      ok<{ appointment: { appointmentId: string; client: { clientId: string; displayName: string } } }>(
        mutate("appointments.book", null, {
          idempotencyKey: `privacy-${uniqueId()}`,
          serviceId: "svc-westsachsen-mbe",
          locationId: "loc-leipzig-ost",
          counsellorId: slot.counsellorId,
          startsAt: slot.start,
          channel: "phone",
          client: {
            displayName: person.name,
            phone: person.typed,
            preferredLanguage: "de",
            smsConsent: true,
          },
        }),
      );
    const bookedA = await book(A, slots[0]!);
    const bookedB = await book(B, second);
    expect(bookedA.appointment.client.displayName).toBe(A.name); // the booker sees what they entered
    const dateOf = (instant: string) =>
      new Date(instant).toLocaleDateString("sv-SE", { timeZone: "Europe/Berlin" });
    const day = await ok<Array<{ appointmentId: string; clientName: string }>>(
      query("reception.day", token.reception, {
        locationId: "loc-leipzig-ost",
        date: dateOf(slots[0]!.start),
      }),
    );
    expect(day.find((row) => row.appointmentId === bookedA.appointment.appointmentId)?.clientName).toBe(
      A.name,
    );

    // On Kafka: the appointment events carry the client sealed, readable only with the key.
    const booked = await messagesOf(Topics.bookingAppointments, (values) =>
      [bookedA, bookedB].every((b) => values.some((value) => value.includes(b.appointment.appointmentId))),
    );
    for (const value of booked) {
      for (const plaintext of [A.name, A.phone, B.name, B.phone, "2398760"])
        expect(value.includes(plaintext)).toBe(false);
    }
    const eventOfA = booked
      .map(
        (value) =>
          JSON.parse(value) as {
            data: {
              appointmentId: string;
              client: { clientId: string; sealedName: string; sealedPhone: string };
            };
          },
      )
      .find((event) => event.data.appointmentId === bookedA.appointment.appointmentId)!;
    expect(await vault().decrypt(eventOfA.data.client.clientId, eventOfA.data.client.sealedPhone)).toBe(
      A.phone,
    );

    // Only the data protection officer may use the privacy procedures; statistics also admins and coordinators.
    const subject = { phone: A.typed };
    for (const bearer of [token.admin, token.reception, token.coordinator]) {
      for (const [procedure, reply] of [
        ["requestErasure", mutate("privacy.requestErasure", bearer, subject)],
        ["erasureStatus", query("privacy.erasureStatus", bearer, { requestId: "any" })],
        ["exportOwn", mutate("privacy.exportOwn", bearer, subject)],
        ["export", mutate("privacy.export", bearer, subject)],
        ["accessLog", query("privacy.accessLog", bearer, {})],
        ["verifyAccessLog", query("privacy.verifyAccessLog", bearer)],
      ] as const) {
        expect([procedure, (await reply).status]).toEqual([procedure, 403]);
      }
    }
    expect((await mutate("privacy.export", null, subject)).status).toBe(401);
    expect((await query("statistics.monthly", token.reception, {})).status).toBe(403);
    expect(
      (await query("statistics.monthly", token.admin, { organisationId: "org-saale-elbe" })).status,
    ).toBe(403);
    expect((await query("statistics.monthly", token.coordinator, {})).status).toBe(200);
    const statisticsBefore = await ok<{ rows: Array<{ count: number }> }>(
      query("statistics.monthly", token.dpo, {}),
    );
    expect(statisticsBefore.rows.reduce((sum, row) => sum + row.count, 0)).toBe(2);

    // Export: one document from all three services, the DPO's token passed on; nothing of B.
    const exported = await ok<Record<string, unknown>>(mutate("privacy.export", token.dpo, subject));
    expect(exported).toMatchObject({
      subject: { clientIds: [] },
      referral: { service: "referral" },
      notify: { service: "notify" },
    });
    const exportedText = JSON.stringify(exported);
    for (const expected of [A.name, A.phone, bookedA.appointment.appointmentId])
      expect(exportedText).toContain(expected);
    for (const foreign of [B.name, B.phone, bookedB.appointment.appointmentId])
      expect(exportedText).not.toContain(foreign);
    expect(peers.notify.state.asked.at(-1)).toEqual({
      input: { phone: A.phone },
      authorization: `Bearer ${token.dpo}`,
    });
    peers.referral.state.down = true;
    const incomplete = await mutate("privacy.export", token.dpo, subject);
    peers.referral.state.down = false;
    expect(incomplete).toMatchObject({
      status: 503,
      error: { data: { appCode: "UNAVAILABLE", reason: "export_incomplete" } },
    });

    // Erasure: booking erases and confirms by itself; complete once referral and notify confirm too.
    const { requestId } = await ok<{ requestId: string }>(
      mutate("privacy.requestErasure", token.dpo, subject),
    );
    type Status = {
      complete: boolean;
      confirmations: Record<string, { recordsErased: number; clientIds: string[] }>;
    };
    const status = () => ok<Status>(query("privacy.erasureStatus", token.dpo, { requestId }));
    const afterBooking = await waitFor(status, (current) => current.confirmations.booking !== undefined, {
      what: "booking's confirmation",
      timeoutMs: 30_000,
    });
    expect(afterBooking).toMatchObject({
      complete: false,
      confirmations: { booking: { recordsErased: 1, clientIds: [bookedA.appointment.client.clientId] } },
    });
    const confirm = (service: "referral" | "notify") =>
      publish(
        newEnvelope(PrivacyErasureConfirmedV1, {
          subject: requestId,
          source: service,
          data: { requestId, service, clientIds: [], recordsErased: 1, at: new Date().toISOString() },
        }),
      );
    await confirm("referral");
    await waitFor(status, (current) => current.confirmations.referral !== undefined, {
      what: "referral's confirmation recorded",
      timeoutMs: 30_000,
    });
    expect((await status()).complete).toBe(false);
    await confirm("notify");
    const complete = await waitFor(status, (current) => current.complete, {
      what: "complete",
      timeoutMs: 30_000,
    });
    expect(Object.keys(complete.confirmations).sort()).toEqual(["booking", "notify", "referral"]);

    // A's data are gone everywhere in booking and unreadable on Kafka; B's are there.
    const database = mongo.db(dbName);
    const storedA = await database
      .collection("appointments")
      .findOne({ _id: bookedA.appointment.appointmentId as never });
    expect(storedA).not.toHaveProperty("phoneIndex");
    expect(storedA?.personalDataErasedBy).toBe(requestId);
    expect(
      await vault().decryptOrNull(eventOfA.data.client.clientId, eventOfA.data.client.sealedName),
    ).toBeNull();
    const dayAfter = await ok<
      Array<{ appointmentId: string; clientName: string; personalDataErased: boolean }>
    >(query("reception.day", token.reception, { locationId: "loc-leipzig-ost", date: dateOf(second.start) }));
    expect(dayAfter.find((row) => row.appointmentId === bookedB.appointment.appointmentId)?.clientName).toBe(
      B.name,
    );
    const exportedAfter = JSON.stringify(await ok(mutate("privacy.exportOwn", token.dpo, subject)));
    expect(exportedAfter).not.toContain(A.name);
    expect(exportedAfter).not.toContain(bookedA.appointment.appointmentId);

    // The same request delivered again (a new envelope): booking confirms it only once.
    const request = JSON.parse(
      (
        await messagesOf(Topics.privacyErasures, (values) =>
          values.some((value) => value.includes("erasure_requested")),
        )
      ).find((value) => value.includes("erasure_requested"))!,
    ) as { data: unknown };
    await publish(
      newEnvelope(PrivacyErasureRequestedV1, {
        subject: requestId,
        source: "booking",
        data: request.data as never,
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const erasureTopic = await messagesOf(Topics.privacyErasures, (values) => values.length >= 5);
    const bookingConfirmations = erasureTopic
      .map((value) => JSON.parse(value) as { type: string; data: { service?: string; requestId: string } })
      .filter((event) => event.type === "privacy.erasure_confirmed" && event.data.service === "booking");
    expect(bookingConfirmations).toHaveLength(1);

    // Statistics unchanged; the access log has the reception's reads and detects tampering.
    expect(await ok(query("statistics.monthly", token.dpo, {}))).toEqual(statisticsBefore);
    const receptionReads = await ok<Array<{ procedure: string; action: string; recordIds: string[] }>>(
      query("privacy.accessLog", token.dpo, { staffId: "staff-rita" }),
    );
    expect(receptionReads).toEqual([
      expect.objectContaining({ procedure: "reception.day", action: "read" }),
      expect.objectContaining({ procedure: "reception.day", action: "read" }),
    ]);
    expect(receptionReads[0]!.recordIds).toContain(bookedA.appointment.appointmentId);
    const dpoEntries = await ok<Array<{ procedure: string }>>(
      query("privacy.accessLog", token.dpo, { staffId: "staff-dpo" }),
    );
    expect(dpoEntries.map((entry) => entry.procedure)).toEqual(
      expect.arrayContaining(["privacy.export", "privacy.requestErasure"]),
    );
    expect(await ok(query("privacy.verifyAccessLog", token.dpo))).toMatchObject({ intact: true });
    await database
      .collection("personal_data_access_log")
      .updateOne({ _id: 1 as never }, { $set: { "record.staffId": "someone-else" } });
    expect(await ok(query("privacy.verifyAccessLog", token.dpo))).toMatchObject({
      intact: false,
      brokenAt: 1,
    });
  }, 180_000);
});
