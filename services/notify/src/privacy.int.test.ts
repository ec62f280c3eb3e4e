import {
  AppointmentRescheduledV1,
  deadLetterTopicOf,
  PrivacyErasureRequestedV1,
  Topics,
} from "@counselling/contracts";
import { anEventEnvelope } from "@counselling/contracts/testing";
import { ProcessedEventStore, StaffTokens } from "@counselling/platform";
import { uniqueId, waitFor } from "@counselling/testkit";
import { getExpectedTwilioSignature } from "twilio/lib/webhooks/webhooks";
import { callTrpc, useNotifyProcess } from "./testing/notify-process-harness";

/**
 * Issue 8 in notify, as a process on the real broker and database: nothing personal stored
 * in clear, staff reads audited, the DPO's export and erasure, late events after erasure.
 */
describe("notify's personal data, real broker and database", () => {
  const harness = useNotifyProcess("notify-privacy");
  const A = { name: "Zulfiya Testperson", phone: "+4915123987654" };
  const B = { name: "Bogdan Anderer", phone: "+4915198765432" };
  const authToken = `token-${uniqueId(16)}`;
  const publicBaseUrl = "https://notify.example.org";
  const staffSecret = `staff-secret-${uniqueId(16)}-long-enough-for-hs256`;
  const organisationId = "organisation-halle";
  const locationId = "location-halle-mitte";
  const staff = new StaffTokens(staffSecret);
  const tokenOf = (role: "reception" | "admin" | "dpo") =>
    staff.issue({ staffId: `staff-${role}`, role, organisationId, locationIds: [] });

  function webhook(url: string, webhookPath: string, params: Record<string, string>) {
    return fetch(`${url}${webhookPath}`, {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        "x-twilio-signature": getExpectedTwilioSignature(authToken, `${publicBaseUrl}${webhookPath}`, params),
      },
      body: new URLSearchParams(params).toString(),
    });
  }

  /** Every document of every collection of notify's database, raw. */
  async function everythingStored(): Promise<string> {
    const parts: string[] = [];
    for (const { name } of await harness.db().listCollections().toArray()) {
      parts.push(`${name}: ${JSON.stringify(await harness.db().collection(name).find({}).toArray())}`);
    }
    return parts.join("\n");
  }

  /** The privacy topic of the suite from the beginning: what notify confirmed. */
  async function confirmationsSeen() {
    const seen: Array<{ type: string; source: string; data: Record<string, unknown> }> = [];
    const consumer = harness.kafka().consumer({ groupId: `confirmations-${uniqueId()}` });
    await consumer.connect();
    await consumer.subscribe({ topic: harness.topicPrefix() + Topics.privacyErasures, fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) => {
        seen.push(JSON.parse(message.value?.toString() ?? "{}") as (typeof seen)[number]);
        await Promise.resolve();
      },
    });
    return { seen: () => seen.filter((event) => event.type === "privacy.erasure_confirmed"), consumer };
  }

  it("stores nothing in clear, audits reception, exports and erases one client and leaves the other", async () => {
    const notify = await harness.startNotify({
      TWILIO_AUTH_TOKEN: authToken,
      PUBLIC_BASE_URL: publicBaseUrl,
      STAFF_TOKEN_SECRET: staffSecret,
    });
    const prefix = `privacy-${uniqueId()}`;
    const [bookedA, bookedB] = await harness.produceBooked(
      2,
      (index) => [A.phone, B.phone][index]!,
      prefix,
      (index) => [A.name, B.name][index]!,
    );
    const keyOfA = bookedA!.data.client.clientId;
    const keyOfB = bookedB!.data.client.clientId;
    // Sealed now, while A's key exists; published after A's erasure as a late event.
    const lateForA = anEventEnvelope(
      AppointmentRescheduledV1,
      {
        ...bookedA!.data,
        sequence: 1,
        time: { startsAt: "2026-04-02T12:00:00Z", endsAt: "2026-04-02T12:45:00Z", timeZone: "Europe/Berlin" },
        previousTime: bookedA!.data.time,
      },
      bookedA!.data.appointmentId,
      { source: "booking" },
    );

    type DevSms = { messageId: string; to: string; body: string; erased: boolean };
    const inbox = await waitFor(
      async () => (await callTrpc(notify.url, "devInbox.list")).data as DevSms[],
      (texts) => texts.length === 2,
      { what: "both confirmations in the dev inbox" },
    );
    const textToA = inbox.find((text) => text.to === A.phone)!;
    expect(textToA.body).toContain(A.name);
    expect(inbox.find((text) => text.to === B.phone)?.body).toContain(B.name);

    // A asks to be called back: reception sees the number.
    const callback = { MessageSid: `SM${uniqueId(32)}`, From: A.phone, To: "+4934100000", Body: "3" };
    expect((await webhook(notify.url, "/webhooks/twilio/inbound", callback)).status).toBe(200);
    const reception = await tokenOf("reception");
    const scope = { organisationId, locationId };
    const callbacks = await callTrpc(notify.url, "reception.callbackRequests", {
      token: reception,
      input: scope,
    });
    expect(callbacks).toEqual({
      status: 200,
      data: [expect.objectContaining({ phone: A.phone, appointmentId: bookedA!.data.appointmentId })],
    });

    // At rest: neither name nor number of anyone, in any collection.
    const stored = await everythingStored();
    for (const plaintext of [A.name, A.phone, A.phone.slice(1), "Zulfiya", B.name, B.phone, "Bogdan"]) {
      expect([plaintext, stored.includes(plaintext)]).toEqual([plaintext, false]);
    }

    // Only the data protection officer reaches the privacy procedures.
    const dpo = await tokenOf("dpo");
    for (const token of [reception, await tokenOf("admin")]) {
      for (const [procedure, input] of [
        ["privacy.exportOwn", { phone: A.phone }],
        ["privacy.accessLog", {}],
        ["privacy.verifyAccessLog", undefined],
      ] as const) {
        const kind = procedure === "privacy.exportOwn" ? "mutation" : "query";
        const refused = await callTrpc(notify.url, procedure, { token, input, kind });
        expect({ procedure, status: refused.status }).toEqual({ procedure, status: 403 });
      }
    }

    // Reception's reads are in the access log, before anything else was answered.
    const audited = await callTrpc(notify.url, "privacy.accessLog", {
      token: dpo,
      input: { clientId: keyOfA },
    });
    expect(audited.data).toEqual([
      expect.objectContaining({
        staffId: "staff-reception",
        role: "reception",
        action: "read",
        procedure: "reception.callbackRequests",
        clientIds: [keyOfA],
        recordIds: [callback.MessageSid],
        fields: ["phone"],
      }),
    ]);

    // The export: all of A, nothing of B, and itself audited.
    const exported = await callTrpc(notify.url, "privacy.exportOwn", {
      token: dpo,
      input: { phone: A.phone },
      kind: "mutation",
    });
    expect(exported.status).toBe(200);
    const exportOfA = exported.data as {
      clientIds: string[];
      messages: Array<{ to: string; text: string; statusHistory: Array<{ status: string }> }>;
      replies: Array<{ from: string; text: string }>;
      callbackRequests: unknown[];
      appointments: Array<{ appointmentId: string; name: string; phone: string }>;
    };
    expect(exportOfA.clientIds).toEqual([keyOfA]);
    expect(exportOfA.appointments).toEqual([
      expect.objectContaining({ appointmentId: bookedA!.data.appointmentId, name: A.name, phone: A.phone }),
    ]);
    expect(exportOfA.messages).toEqual([expect.objectContaining({ to: A.phone })]);
    expect(exportOfA.messages[0]?.text).toContain(A.name);
    expect(exportOfA.messages[0]?.statusHistory.map((step) => step.status)).toEqual(["sent"]);
    expect(exportOfA.replies).toEqual([expect.objectContaining({ from: A.phone, text: "3" })]);
    expect(exportOfA.callbackRequests).toHaveLength(1);
    const exportText = JSON.stringify(exportOfA);
    for (const foreign of [B.name, B.phone, bookedB!.data.appointmentId, keyOfB]) {
      expect([foreign, exportText.includes(foreign)]).toEqual([foreign, false]);
    }
    const exportAudit = await callTrpc(notify.url, "privacy.accessLog", {
      token: dpo,
      input: { staffId: "staff-dpo" },
    });
    expect(exportAudit.data).toEqual([
      expect.objectContaining({ action: "export", procedure: "privacy.exportOwn", clientIds: [keyOfA] }),
    ]);

    // Erasure by phone index: A's keys shredded, records marked, one confirmation though delivered twice.
    const confirmations = await confirmationsSeen();
    const { phoneIndex } = harness.personalData();
    const request = anEventEnvelope(
      PrivacyErasureRequestedV1,
      {
        requestId: `erasure-${uniqueId()}`,
        phoneIndex: phoneIndex.of(A.phone),
        clientIds: [],
        requestedBy: { kind: "staff", staffId: "staff-dpo", role: "dpo", organisationId },
        at: new Date().toISOString(),
      },
      "erasure",
      { source: "booking" },
    );
    await harness.publish(Topics.privacyErasures, [request, request]);
    const [confirmation] = await waitFor(
      () => confirmations.seen(),
      (seen) => seen.length >= 1,
      { what: "notify's erasure confirmation" },
    );
    expect(confirmation).toMatchObject({
      source: "notify",
      data: { requestId: request.data.requestId, service: "notify", clientIds: [keyOfA] },
    });
    // The appointment state, the text, its dev-inbox copy and the reply.
    expect(confirmation!.data.recordsErased).toBe(4);

    // A late event for A: skipped (no text, no dead letter); B still answers and is matched by phone index.
    await harness.publish(Topics.bookingAppointments, [lateForA]);
    const fromB = { MessageSid: `SM${uniqueId(32)}`, From: B.phone, To: "+4934100000", Body: "1" };
    expect((await webhook(notify.url, "/webhooks/twilio/inbound", fromB)).status).toBe(200);
    const processed = new ProcessedEventStore(harness.db().collection("processed_events") as never);
    await waitFor(
      () => processed.has("notify", lateForA.id),
      (applied) => applied,
      { what: "the late event applied" },
    );
    expect(await harness.db().collection("messages").countDocuments({ sourceEventId: lateForA.id })).toBe(0);
    // Nothing dead-lettered: neither the late event nor notify's own confirmation on the privacy topic.
    const admin = harness.kafka().admin();
    await admin.connect();
    for (const topic of [Topics.bookingAppointments, Topics.privacyErasures]) {
      const deadLetters = await admin.fetchTopicOffsets(deadLetterTopicOf(harness.topicPrefix() + topic));
      expect({ topic, deadLetters: deadLetters.map((partition) => partition.high) }).toEqual({
        topic,
        deadLetters: deadLetters.map(() => "0"),
      });
    }
    await admin.disconnect();
    const replyOfB = await harness
      .db()
      .collection("replies")
      .findOne({ _id: fromB.MessageSid as never });
    expect(replyOfB).toMatchObject({ appointmentId: bookedB!.data.appointmentId, clientId: keyOfB });

    // Nothing readable of A is left; B is untouched.
    const after = await callTrpc(notify.url, "devInbox.list");
    expect(after.data).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ messageId: textToA.messageId, erased: true, to: "[erased]" }),
        expect.objectContaining({ to: B.phone, erased: false }),
      ]),
    );
    expect(JSON.stringify(after.data)).not.toContain(A.name);
    expect(
      await harness
        .db()
        .collection("messages")
        .countDocuments({ phoneIndex: phoneIndex.of(A.phone) }),
    ).toBe(0);
    for (const collection of ["appointments", "messages", "replies", "dev_inbox"]) {
      const ofA = await harness
        .db()
        .collection<{ personalDataErasedAt?: unknown; phoneIndex?: unknown }>(collection)
        .find({ clientId: keyOfA })
        .toArray();
      expect(ofA.length).toBeGreaterThan(0);
      for (const record of ofA) {
        expect({
          collection,
          erased: record.personalDataErasedAt instanceof Date,
          phoneIndex: record.phoneIndex,
        }).toEqual({
          collection,
          erased: true,
          phoneIndex: undefined,
        });
      }
    }
    expect(
      (await callTrpc(notify.url, "reception.callbackRequests", { token: reception, input: scope })).data,
    ).toEqual([]);
    const exportAfter = await callTrpc(notify.url, "privacy.exportOwn", {
      token: dpo,
      input: { clientIds: [keyOfA] },
      kind: "mutation",
    });
    expect(JSON.stringify(exportAfter.data)).not.toMatch(/Zulfiya|4915123987654/);
    expect((exportAfter.data as { messages: Array<{ text: unknown }> }).messages).toEqual([
      expect.objectContaining({ text: null, to: null }),
    ]);
    // The redelivered request confirmed nothing twice.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(confirmations.seen()).toHaveLength(1);
    await confirmations.consumer.disconnect();

    // The access log holds together, and a record changed behind its back is found.
    expect((await callTrpc(notify.url, "privacy.verifyAccessLog", { token: dpo })).data).toMatchObject({
      intact: true,
    });
    await harness
      .db()
      .collection<{ _id: number }>("personal_data_access_log")
      .updateOne({ _id: 1 }, { $set: { "record.staffId": "someone-else" } });
    expect((await callTrpc(notify.url, "privacy.verifyAccessLog", { token: dpo })).data).toMatchObject({
      intact: false,
      brokenAt: 1,
    });
  }, 90_000);
});
