import { randomUUID } from "node:crypto";
import { Topics } from "@counselling/contracts";
import {
  CLIENT_DATA_KEYS_COLLECTION,
  createKafka,
  createLogger,
  isPersonalDataCiphertext,
  PersonalDataVault,
  personalDataMasterKeyOf,
  type BaseServiceConfig,
} from "@counselling/platform";
import { testInfra, waitFor } from "@counselling/testkit";
import type { StaffPrincipal } from "@counselling/platform";
import { MongoClient } from "mongodb";
import { getExpectedTwilioSignature } from "twilio/lib/webhooks/webhooks";
import {
  callTrpc,
  freeSlots,
  pszReferralConsent,
  pszReferralDraft,
  type RunningSystem,
  separateSlots,
  startSystem,
} from "./system-under-test";

/**
 * Issue 8, acceptance: one client's data across booking, referral and notify — sealed at
 * rest and in events, exported in one request, erased in one request (every service
 * confirms), statistics unchanged, other clients unaffected, every staff read audited and
 * the audit tamper-evident. The three services run as processes on the real broker and
 * database.
 */
const A = { name: "Zulfiya Testperson", phone: "+4915123987654" };
const B = { name: "Bogdan Anderer", phone: "+4915198765432" };
const twilioAuthToken = "privacy-twilio-auth-token";
const publicBaseUrl = "https://notify.privacy.test";

const reception = {
  staffId: "privacy-reception",
  role: "reception",
  organisationId: "org-westsachsen",
  locationIds: [],
} satisfies StaffPrincipal;
const counsellor = {
  staffId: "cns-westsachsen-amira",
  role: "counsellor",
  organisationId: "org-westsachsen",
  locationIds: [],
} satisfies StaffPrincipal;
const intake = {
  staffId: "privacy-intake",
  role: "intake",
  organisationId: "org-saale-elbe",
  locationIds: [],
} satisfies StaffPrincipal;
const dpo = {
  staffId: "privacy-dpo",
  role: "dpo",
  organisationId: "org-westsachsen",
  locationIds: [],
} satisfies StaffPrincipal;
const admin = {
  staffId: "privacy-admin",
  role: "admin",
  organisationId: "org-westsachsen",
  locationIds: [],
} satisfies StaffPrincipal;

type Tokens = Record<"reception" | "counsellor" | "intake" | "dpo" | "admin", string>;

describe("privacy across services (issue 8)", () => {
  let system: RunningSystem;
  let mongo: MongoClient;
  let tokens: Tokens;

  beforeAll(async () => {
    system = await startSystem("privacy", {
      notify: { TWILIO_AUTH_TOKEN: twilioAuthToken, PUBLIC_BASE_URL: publicBaseUrl },
    });
    mongo = await MongoClient.connect(testInfra().mongoUrl);
    tokens = {
      reception: await system.issue(reception),
      counsellor: await system.issue(counsellor),
      intake: await system.issue(intake),
      dpo: await system.issue(dpo),
      admin: await system.issue(admin),
    };
  }, 120_000);

  afterAll(async () => {
    await mongo.close();
    await system.stop();
  });

  const call = (service: "booking" | "referral" | "notify", procedure: string, token: string | null) => ({
    query: (input?: unknown) => callTrpc(system[service].url, procedure, token, input, "query"),
    mutate: (input?: unknown) => callTrpc(system[service].url, procedure, token, input, "mutation"),
  });

  async function ok<T>(reply: Promise<{ status: number; data: unknown; error?: unknown }>): Promise<T> {
    const settled = await reply;
    if (settled.status !== 200) throw new Error(`${String(settled.status)} ${JSON.stringify(settled.error)}`);
    return settled.data as T;
  }

  async function book(
    client: { name: string; phone: string },
    slot: { start: string; counsellorId: string },
  ) {
    return ok<{ appointment: { appointmentId: string } }>(
      call("booking", "appointments.book", null).mutate({
        idempotencyKey: `privacy-${randomUUID()}`,
        serviceId: "svc-westsachsen-mbe",
        locationId: "loc-leipzig-ost",
        counsellorId: slot.counsellorId,
        startsAt: slot.start,
        channel: "phone",
        client: { displayName: client.name, phone: client.phone, preferredLanguage: "de", smsConsent: true },
      }),
    );
  }

  async function referClient(client: { name: string; phone: string }): Promise<string> {
    const { referralId } = await ok<{ referralId: string }>(
      call("referral", "counsellor.createDraft", tokens.counsellor).mutate(
        pszReferralDraft(`PRIV-${randomUUID().slice(0, 8)}`, {
          contact: { name: client.name, phone: client.phone, note: `Bitte ${client.name} abends anrufen` },
          health_notes: { text: `${client.name} schläft seit der Flucht schlecht` },
        }),
      ),
    );
    await ok(
      call("referral", "counsellor.recordConsent", tokens.counsellor).mutate(
        pszReferralConsent(referralId, ["contact", "health_notes"]),
      ),
    );
    await ok(call("referral", "counsellor.send", tokens.counsellor).mutate({ referralId }));
    return referralId;
  }

  async function smsReply(from: string, body: string): Promise<void> {
    const params = { MessageSid: `SM${randomUUID().replace(/-/g, "")}`, From: from, Body: body };
    const response = await fetch(`${system.notify.url}/webhooks/twilio/inbound`, {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        "x-twilio-signature": getExpectedTwilioSignature(
          twilioAuthToken,
          `${publicBaseUrl}/webhooks/twilio/inbound`,
          params,
        ),
      },
      body: new URLSearchParams(params).toString(),
    });
    expect(response.status).toBe(200);
  }

  const statistics = async () => ({
    booking: await ok(call("booking", "statistics.monthly", tokens.dpo).query({})),
    referral: await ok(call("referral", "statistics.monthly", tokens.dpo).query({})),
  });

  /** Every string in every document of every collection of the three services' databases. */
  async function everythingStored(): Promise<string> {
    const parts: string[] = [];
    for (const service of ["booking", "referral", "notify"] as const) {
      const database = mongo.db(system[service].dbName);
      for (const { name } of await database.listCollections().toArray()) {
        const documents = await database.collection(name).find({}).toArray();
        parts.push(`${service}/${name}: ${JSON.stringify(documents)}`);
      }
    }
    return parts.join("\n");
  }

  /** Every message of every topic of this run, raw. */
  async function everythingOnKafka(): Promise<Array<{ topic: string; value: string }>> {
    const kafka = createKafka({
      clientId: "privacy-test",
      brokers: testInfra().kafkaBrokers,
      logger: createLogger({ service: "privacy-test", level: "silent" }),
    });
    const admin = kafka.admin();
    await admin.connect();
    const topics = (await admin.listTopics()).filter((topic) => topic.startsWith(system.topicPrefix));
    const expected = new Map<string, number>();
    for (const topic of topics) {
      const offsets = await admin.fetchTopicOffsets(topic);
      expected.set(
        topic,
        offsets.reduce((sum, partition) => sum + Number(partition.high) - Number(partition.low), 0),
      );
    }
    await admin.disconnect();
    const consumer = kafka.consumer({ groupId: `privacy-scan-${randomUUID()}` });
    const messages: Array<{ topic: string; value: string }> = [];
    await consumer.connect();
    await consumer.subscribe({ topics, fromBeginning: true });
    await consumer.run({
      eachMessage: ({ topic, message }) => {
        messages.push({ topic, value: message.value?.toString("utf8") ?? "" });
        return Promise.resolve();
      },
    });
    const total = [...expected.values()].reduce((sum, count) => sum + count, 0);
    await waitFor(
      () => messages.length,
      (count) => count >= total,
      { what: `all ${String(total)} messages of the run`, timeoutMs: 30_000 },
    );
    await consumer.disconnect();
    return messages;
  }

  it("seals, exports, audits and erases one client everywhere, and leaves the others alone", async () => {
    const slots = separateSlots(
      await freeSlots(system.booking.url, {
        serviceId: "svc-westsachsen-mbe",
        locationId: "loc-leipzig-ost",
        channel: "phone",
      }),
      2,
    );
    const bookedA = await book(A, slots[0]!);
    const bookedB = await book(B, slots[1]!);
    const referralA = await referClient(A);
    const referralB = await referClient(B);

    // Staff reads in the normal course of work.
    const opened = await ok(call("referral", "intake.open", tokens.intake).mutate({ referralId: referralA }));
    expect(JSON.stringify(opened)).toContain(A.name);
    const date = new Date(slots[0]!.start).toLocaleDateString("sv-SE", { timeZone: "Europe/Berlin" });
    const day = await ok(
      call("booking", "reception.day", tokens.reception).query({ locationId: "loc-leipzig-ost", date }),
    );
    expect(JSON.stringify(day)).toContain(A.name.split(" ")[0]!);
    const inbox = await waitFor(
      async () =>
        await ok<Array<{ to: string; body: string }>>(call("notify", "devInbox.list", null).query()),
      (messages) => [A.phone, B.phone].every((phone) => messages.some((message) => message.to === phone)),
      { what: "both confirmation texts", timeoutMs: 30_000 },
    );
    expect(inbox.length).toBeGreaterThanOrEqual(2);
    await smsReply(A.phone, "3"); // "call me back": a callback request at reception
    const callbacks = await waitFor(
      async () =>
        ok<Array<{ phone: string }>>(
          call("notify", "reception.callbackRequests", tokens.reception).query({
            organisationId: "org-westsachsen",
            locationId: "loc-leipzig-ost",
          }),
        ),
      (requests) => requests.some((request) => request.phone === A.phone),
      { what: "A's callback request", timeoutMs: 30_000 },
    );
    expect(callbacks.length).toBeGreaterThan(0);

    // Sealed at rest: no service keeps the name or number in the clear.
    const storedBefore = await everythingStored();
    for (const plaintext of [A.name, A.phone, B.name, B.phone, "schläft seit der Flucht"]) {
      expect([plaintext, storedBefore.includes(plaintext)]).toEqual([plaintext, false]);
    }

    // Every staff read above is in its service's audit log, with who and why.
    const accessLogOf = (service: "booking" | "referral" | "notify", query: object) =>
      ok<Array<{ procedure: string; staffId: string; action: string; purpose: string }>>(
        call(service, "privacy.accessLog", tokens.dpo).query(query),
      );
    const audited = {
      booking: await accessLogOf("booking", { staffId: reception.staffId }),
      referral: await accessLogOf("referral", { recordId: referralA }),
      notify: await accessLogOf("notify", { staffId: reception.staffId }),
    };
    expect(audited.booking.map((entry) => entry.procedure)).toContain("reception.day");
    expect(audited.referral).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ procedure: "intake.open", staffId: intake.staffId }),
      ]),
    );
    expect(audited.notify.map((entry) => entry.procedure)).toContain("reception.callbackRequests");
    for (const entries of Object.values(audited)) {
      for (const entry of entries) expect(entry.purpose.length).toBeGreaterThan(3);
    }

    // Only the data protection officer may use the privacy procedures.
    for (const token of [tokens.admin, tokens.reception, tokens.counsellor]) {
      expect((await call("booking", "privacy.export", token).mutate({ phone: A.phone })).status).toBe(403);
      expect((await call("booking", "privacy.requestErasure", token).mutate({ phone: A.phone })).status).toBe(
        403,
      );
    }

    // Export: one request, everything about A from all three services, nothing of B.
    const exported = JSON.stringify(
      await ok(call("booking", "privacy.export", tokens.dpo).mutate({ phone: A.phone })),
    );
    for (const expected of [
      A.name,
      A.phone,
      bookedA.appointment.appointmentId,
      referralA,
      "schläft seit der Flucht",
    ]) {
      expect([expected, exported.includes(expected)]).toEqual([expected, true]);
    }
    for (const foreign of [B.name, B.phone, bookedB.appointment.appointmentId, referralB]) {
      expect([foreign, exported.includes(foreign)]).toEqual([foreign, false]);
    }

    // Erasure: one request; every service confirms.
    const statisticsBefore = await statistics();
    const { requestId } = await ok<{ requestId: string }>(
      call("booking", "privacy.requestErasure", tokens.dpo).mutate({ phone: A.phone }),
    );
    const status = await waitFor(
      async () =>
        ok<{ complete: boolean; confirmations: Record<string, { recordsErased: number }> }>(
          call("booking", "privacy.erasureStatus", tokens.dpo).query({ requestId }),
        ),
      (current) => current.complete,
      { what: "all three services confirming the erasure", timeoutMs: 60_000 },
    );
    expect(Object.keys(status.confirmations).sort()).toEqual(["booking", "notify", "referral"]);
    for (const confirmation of Object.values(status.confirmations)) {
      expect(confirmation.recordsErased).toBeGreaterThan(0);
    }

    // Nothing readable of A is left: not in the databases...
    const vault = PersonalDataVault.on(mongo.db(system.keyDbName).collection(CLIENT_DATA_KEYS_COLLECTION), {
      masterKey: personalDataMasterKeyOf({ NODE_ENV: "test" } as BaseServiceConfig),
      cacheMs: 0,
    });
    const storedAfter = await everythingStored();
    for (const plaintext of [A.name, A.phone]) expect(storedAfter.includes(plaintext)).toBe(false);
    // ...nor in the events still on Kafka: their sealed values no longer open.
    const messages = await everythingOnKafka();
    const appointmentEventsOfA = messages
      .filter((message) => message.topic === system.topicPrefix + Topics.bookingAppointments)
      .map(
        (message) =>
          JSON.parse(message.value) as {
            data: {
              appointmentId: string;
              client: { clientId: string; sealedName: string; sealedPhone: string };
            };
          },
      )
      .filter((event) => event.data.appointmentId === bookedA.appointment.appointmentId);
    expect(appointmentEventsOfA.length).toBeGreaterThan(0);
    for (const event of appointmentEventsOfA) {
      const { clientId, sealedName, sealedPhone } = event.data.client;
      expect(isPersonalDataCiphertext(sealedName)).toBe(true);
      expect(await vault.decryptOrNull(clientId, sealedName)).toBeNull();
      expect(await vault.decryptOrNull(clientId, sealedPhone)).toBeNull();
    }
    const referralSentOfA = messages
      .filter((message) => message.topic === system.topicPrefix + Topics.referralReferrals)
      .map(
        (message) =>
          JSON.parse(message.value) as {
            type: string;
            data: { referralId: string; sharedData?: { clientId: string; sealed: string } };
          },
      )
      .find((event) => event.type === "referral.sent" && event.data.referralId === referralA);
    expect(referralSentOfA?.data.sharedData).toBeDefined();
    expect(
      await vault.decryptOrNull(
        referralSentOfA!.data.sharedData!.clientId,
        referralSentOfA!.data.sharedData!.sealed,
      ),
    ).toBeNull();
    for (const message of messages) {
      for (const plaintext of [A.name, A.phone, B.name, B.phone])
        expect(message.value.includes(plaintext)).toBe(false);
    }

    // Statistics are the same; B is untouched and readable.
    expect(await statistics()).toEqual(statisticsBefore);
    const dayAfter = JSON.stringify(
      await ok(
        call("booking", "reception.day", tokens.reception).query({
          locationId: "loc-leipzig-ost",
          date: new Date(slots[1]!.start).toLocaleDateString("sv-SE", { timeZone: "Europe/Berlin" }),
        }),
      ),
    );
    expect(dayAfter).toContain(B.name.split(" ")[0]!);
    const exportOfB = JSON.stringify(
      await ok(call("booking", "privacy.export", tokens.dpo).mutate({ phone: B.phone })),
    );
    for (const expected of [B.name, B.phone, bookedB.appointment.appointmentId, referralB]) {
      expect([expected, exportOfB.includes(expected)]).toEqual([expected, true]);
    }
    const exportOfA = JSON.stringify(
      await ok(call("booking", "privacy.export", tokens.dpo).mutate({ phone: A.phone })),
    );
    expect(exportOfA.includes(A.name)).toBe(false);

    // The audit logs are intact, and a record changed behind their back is detected.
    for (const service of ["booking", "referral", "notify"] as const) {
      expect(await ok(call(service, "privacy.verifyAccessLog", tokens.dpo).query())).toMatchObject({
        intact: true,
      });
      await mongo
        .db(system[service].dbName)
        .collection<{ _id: number }>("personal_data_access_log")
        .updateOne({ _id: 1 }, { $set: { "record.staffId": "someone-else" } });
      expect(await ok(call(service, "privacy.verifyAccessLog", tokens.dpo).query())).toMatchObject({
        intact: false,
        brokenAt: 1,
      });
    }
  }, 240_000);
});
