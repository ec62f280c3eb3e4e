import { randomUUID } from "node:crypto";
import { Topics } from "@counselling/contracts";
import { createKafka, createLogger } from "@counselling/platform";
import { testInfra, waitFor } from "@counselling/testkit";
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
 * Issue 7, security: no client name, phone number or manage token in any service's logs.
 * The three services run as processes at LOG_LEVEL=debug; a realistic flow goes through
 * them (a booking with SMS consent and its confirmation text, the client's SMS reply
 * through the signed webhook, a reschedule, a cancel, a referral with consented contact
 * data that the receiving intake opens, failed requests carrying the phone number), and
 * then every line they wrote is searched for the name, the number in any common notation
 * and every secret handed out.
 */
const NAME = "Zulfiya Testperson";
const PHONE_E164 = "+4915123987654";
const PHONE_AS_TYPED = "0151 2398 7654"; // what the client typed; booking stores E.164
const twilioAuthToken = "log-privacy-twilio-auth-token";
const publicBaseUrl = "https://notify.log-privacy.test";

/** The number in any notation: E.164, 0049…, 0151…, with spaces, dashes, slashes or dots between digits. */
const phonePattern =
  /(?:\+|00)?(?:49[\s\-/.()]*)?0?[\s\-/.()]*1[\s\-/.()]*5[\s\-/.()]*1[\s\-/.()]*2[\s\-/.()]*3[\s\-/.()]*9[\s\-/.()]*8[\s\-/.()]*7[\s\-/.()]*6[\s\-/.()]*5[\s\-/.()]*4/;
/** The subscriber part alone, in any grouping: catches a partially masked or reformatted number. */
const subscriberPattern = /2[\s\-/.]?3[\s\-/.]?9[\s\-/.]?8[\s\-/.]?7[\s\-/.]?6[\s\-/.]?5[\s\-/.]?4/;

describe("log privacy", () => {
  let system: RunningSystem;
  const secrets = new Set<string>();

  beforeAll(async () => {
    system = await startSystem("logs", {
      all: { LOG_LEVEL: "debug" },
      notify: { TWILIO_AUTH_TOKEN: twilioAuthToken, PUBLIC_BASE_URL: publicBaseUrl },
    });
  }, 90_000);

  afterAll(async () => {
    await system.stop();
  });

  it("recognises the number in every common notation (the scanner itself)", () => {
    for (const notation of [
      "+4915123987654",
      "+49 151 23987654",
      "+49 (0)151 2398 7654",
      "0049 151 23987654",
      "015123987654",
      "0151 23987654",
      "0151-239 876 54",
      "0151/23987654",
      "4915123987654",
    ]) {
      expect([notation, phonePattern.test(`{"msg":"x","v":"${notation}"}`)]).toEqual([notation, true]);
    }
    expect(subscriberPattern.test("2398 7654")).toBe(true);
    expect(phonePattern.test('{"offset":"1","partition":3}')).toBe(false);
  });

  it("writes no client name, phone number or manage token in any log line", async () => {
    const booking = system.booking.url;
    const notify = system.notify.url;
    const reception = await system.issue({
      staffId: "logs-reception",
      role: "reception",
      organisationId: "org-westsachsen",
      locationIds: [],
    });
    const slots = separateSlots(
      await freeSlots(booking, {
        serviceId: "svc-westsachsen-mbe",
        locationId: "loc-leipzig-ost",
        channel: "phone",
      }),
      2,
    );

    // 1. The client books, with SMS consent, typing the number the national way.
    const booked = await callTrpc(
      booking,
      "appointments.book",
      null,
      {
        idempotencyKey: `logs-${randomUUID()}`,
        serviceId: "svc-westsachsen-mbe",
        locationId: slots[0]!.locationId,
        counsellorId: slots[0]!.counsellorId,
        startsAt: slots[0]!.start,
        channel: "phone",
        client: { displayName: NAME, phone: PHONE_AS_TYPED, preferredLanguage: "de", smsConsent: true },
      },
      "mutation",
    );
    expect(booked.status).toBe(200);
    const { appointment, manageToken } = booked.data as {
      appointment: { appointmentId: string };
      manageToken: string;
    };
    secrets.add(manageToken);

    // 2. Notify texts the confirmation (dev inbox); the client answers "1" by SMS.
    const inbox = await waitFor(
      async () =>
        (await callTrpc(notify, "devInbox.list", null, undefined, "query")).data as Array<{
          to: string;
          body: string;
        }>,
      (messages) => messages.some((message) => message.to === PHONE_E164),
      { what: "the confirmation SMS", timeoutMs: 30_000 },
    );
    for (const message of inbox) for (const token of tokensIn(message.body)) secrets.add(token);
    const params = { MessageSid: `SM${randomUUID().replace(/-/g, "")}`, From: PHONE_E164, Body: "1" };
    const webhook = await fetch(`${notify}/webhooks/twilio/inbound`, {
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
    expect(webhook.status).toBe(200);
    const date = new Date(slots[0]!.start).toLocaleDateString("sv-SE", { timeZone: "Europe/Berlin" });
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
        day.some((entry) => entry.appointmentId === appointment.appointmentId && entry.confirmedByClient),
      { what: "the SMS reply applied at booking", timeoutMs: 30_000 },
    );

    // 3. The client moves the appointment, then cancels it.
    const moved = await callTrpc(
      booking,
      "appointments.reschedule",
      null,
      { appointmentId: appointment.appointmentId, manageToken, startsAt: slots[1]!.start },
      "mutation",
    );
    expect(moved.status).toBe(200);
    const newToken = (moved.data as { manageToken: string }).manageToken;
    secrets.add(newToken);
    const cancelled = await callTrpc(
      booking,
      "appointments.cancel",
      null,
      { appointmentId: appointment.appointmentId, manageToken: newToken },
      "mutation",
    );
    expect(cancelled.status).toBe(200);
    // The old link, used once more: refused (and must not be logged either).
    expect(
      (
        await callTrpc(
          booking,
          "appointments.cancel",
          null,
          { appointmentId: appointment.appointmentId, manageToken },
          "mutation",
        )
      ).status,
    ).toBe(403);

    // 4. Failed requests carrying the number: invalid booking, a slot that is not free, a GET on a mutation.
    const failedBooking = {
      idempotencyKey: `logs-${randomUUID()}`,
      serviceId: "svc-westsachsen-mbe",
      locationId: "loc-leipzig-ost",
      counsellorId: slots[1]!.counsellorId,
      startsAt: "2020-01-01T03:00:00.000Z",
      channel: "phone",
      client: { displayName: NAME, phone: PHONE_E164, preferredLanguage: "de", smsConsent: true },
    };
    const refused = await callTrpc(booking, "appointments.book", null, failedBooking, "mutation");
    expect(refused.status).toBeGreaterThanOrEqual(400);
    const invalid = await callTrpc(
      booking,
      "appointments.book",
      null,
      { ...failedBooking, client: { ...failedBooking.client, phone: `${PHONE_E164}${"9".repeat(40)}` } },
      "mutation",
    );
    expect(invalid.status).toBe(400);
    const wrongMethod = await callTrpc(booking, "appointments.book", null, failedBooking, "query");
    expect(wrongMethod.status).toBeGreaterThanOrEqual(400);
    const unknownProcedure = await callTrpc(
      booking,
      `appointments.${PHONE_E164}`,
      null,
      failedBooking,
      "mutation",
    );
    expect(unknownProcedure.status).toBe(404);

    // 5. A referral with consented contact data, sent and opened by the receiving intake.
    const counsellor = await system.issue({
      staffId: "cns-westsachsen-amira",
      role: "counsellor",
      organisationId: "org-westsachsen",
      locationIds: [],
    });
    const intake = await system.issue({
      staffId: "logs-intake",
      role: "intake",
      organisationId: "org-saale-elbe",
      locationIds: [],
    });
    const referral = system.referral.url;
    const draft = await callTrpc(
      referral,
      "counsellor.createDraft",
      counsellor,
      pszReferralDraft(`LOGS-${randomUUID().slice(0, 8)}`, {
        contact: { name: NAME, phone: PHONE_E164, note: `Bitte ${NAME} unter ${PHONE_AS_TYPED} anrufen` },
      }),
      "mutation",
    );
    expect(draft.status).toBe(200);
    const { referralId } = draft.data as { referralId: string };
    const consent = await callTrpc(
      referral,
      "counsellor.recordConsent",
      counsellor,
      pszReferralConsent(referralId, ["contact"]),
      "mutation",
    );
    expect(consent.status).toBe(200);
    expect((await callTrpc(referral, "counsellor.send", counsellor, { referralId }, "mutation")).status).toBe(
      200,
    );
    const opened = await callTrpc(referral, "intake.open", intake, { referralId }, "mutation");
    expect(opened.status).toBe(200);
    expect(JSON.stringify(opened.data)).toContain(NAME); // the receiving side does see it
    // A failed request at referral with the number in it.
    const badDraft = await callTrpc(
      referral,
      "counsellor.createDraft",
      counsellor,
      { clientReference: PHONE_E164, sharedData: { contact: { name: NAME, phone: PHONE_E164 } } },
      "mutation",
    );
    expect(badDraft.status).toBe(400);

    // 6. Poison messages carrying the name and number: booking dead-letters them (and logs that it did).
    const kafka = createKafka({
      clientId: "log-privacy",
      brokers: testInfra().kafkaBrokers,
      logger: createLogger({ service: "log-privacy", level: "silent" }),
    });
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({
      topic: system.topicPrefix + Topics.notifyReplies,
      messages: [
        { key: PHONE_E164, value: `${NAME} ${PHONE_E164} is not JSON` },
        {
          key: appointment.appointmentId,
          value: JSON.stringify({
            id: randomUUID(),
            type: "sms.reply_received",
            version: 1,
            occurredAt: new Date().toISOString(),
            source: "notify",
            subject: appointment.appointmentId,
            correlationId: randomUUID(),
            causationId: null,
            data: { appointmentId: appointment.appointmentId, from: PHONE_E164, intent: NAME },
          }),
        },
      ],
    });
    await producer.disconnect();
    await waitFor(
      () => system.booking.output().split("dead-letter").length - 1,
      (count) => count >= 2,
      { what: "booking dead-lettering both poison messages", timeoutMs: 30_000 },
    );

    // Notify has texted the confirmation, the move and the cancellation: every event went through.
    const texts = await waitFor(
      async () =>
        (
          (await callTrpc(notify, "devInbox.list", null, undefined, "query")).data as Array<{
            to: string;
            body: string;
          }>
        ).filter((message) => message.to === PHONE_E164),
      (messages) => messages.length >= 3,
      { what: "confirmation, move and cancellation texts", timeoutMs: 30_000 },
    );
    for (const message of texts) for (const token of tokensIn(message.body)) secrets.add(token);

    const logs = {
      booking: system.booking.output(),
      referral: system.referral.output(),
      notify: system.notify.output(),
    };
    const lines = Object.values(logs).reduce((count, log) => count + log.split("\n").length, 0);
    if (process.env.SHOW_LOGS) console.log(logs);
    // The capture works: each service's start, and booking's dead-letter lines, are there.
    for (const [service, log] of Object.entries(logs)) expect(log).toContain(`${service} ready`);
    const findings: string[] = [];
    for (const [service, log] of Object.entries(logs)) {
      for (const line of log.split("\n")) {
        const hits = [
          line.includes("Zulfiya") && "first name",
          line.includes("Testperson") && "surname",
          phonePattern.test(line) && "phone number",
          subscriberPattern.test(line) && "phone subscriber digits",
          ...[...secrets].map((secret) => line.includes(secret) && "a secret token"),
        ].filter(Boolean);
        if (hits.length > 0) findings.push(`${service}: ${hits.join(", ")} in: ${line.slice(0, 300)}`);
      }
    }
    expect(secrets.size).toBeGreaterThanOrEqual(2);
    expect(findings).toEqual([]);
    console.info(
      `log privacy: ${lines} log lines of 3 services scanned for ${secrets.size} secrets, name and number`,
    );
  });
});

/** Tokens in an SMS body's links (manage link, calendar link). */
function tokensIn(body: string): string[] {
  return [...body.matchAll(/(?:token=|\/manage\/[^/\s]+\/|\/)([A-Za-z0-9_-]{32,})/g)].map(
    (match) => match[1]!,
  );
}
