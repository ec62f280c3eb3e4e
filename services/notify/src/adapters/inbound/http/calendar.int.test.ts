import {
  AppointmentCancelledV1,
  AppointmentRescheduledV1,
  type AppointmentBookedV1Data,
  type EventEnvelope,
  Topics,
} from "@counselling/contracts";
import {
  anAppointmentBookedData,
  anAppointmentBookedEvent,
  anEventEnvelope,
} from "@counselling/contracts/testing";
import { StaffTokens } from "@counselling/platform";
import {
  type CapturedProcess,
  isolatedSuite,
  startServiceProcess,
  testInfra,
  uniqueId,
  waitFor,
} from "@counselling/testkit";
import ICAL from "ical.js";
import { Kafka, logLevel, type Producer } from "kafkajs";
import { type Db, MongoClient } from "mongodb";
import path from "node:path";
import { hashCalendarToken } from "../../../domain/calendar/calendar-token";
import { aSealedClient, keyDbNameOf, personalDataOf } from "../../../testing/notify-test-kit";

/** An .ics as an independent parser reads it; its own VTIMEZONEs are what ical.js converts with. */
function parseIcs(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  for (const zone of calendar.getAllSubcomponents("vtimezone")) {
    ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  }
  const events = calendar.getAllSubcomponents("vevent").map((vevent) => {
    const start = vevent.getFirstProperty("dtstart");
    const startTime = vevent.getFirstPropertyValue("dtstart") as ICAL.Time;
    return {
      uid: vevent.getFirstPropertyValue("uid"),
      sequence: vevent.getFirstPropertyValue("sequence"),
      status: vevent.getFirstPropertyValue("status"),
      summary: vevent.getFirstPropertyValue("summary"),
      location: vevent.getFirstPropertyValue("location"),
      description: vevent.getFirstPropertyValue("description"),
      tzid: start?.getParameter("tzid"),
      localStart: startTime.toString(),
      utcStart: startTime.toJSDate().toISOString(),
    };
  });
  return {
    method: calendar.getFirstPropertyValue("method"),
    timezones: calendar.getAllSubcomponents("vtimezone").map((zone) => zone.getFirstPropertyValue("tzid")),
    events,
  };
}

describe("calendar files and feeds over HTTP, real broker and database", () => {
  let topicPrefix: string;
  let db: Db;
  let client: MongoClient;
  let producer: Producer;
  let notify: CapturedProcess & { url: string };
  const staffSecret = `staff-secret-${uniqueId(16)}-long-enough-for-hs256`;
  const counsellorId = `counsellor-${uniqueId()}`;
  const organisationId = "organisation-halle";
  const locationId = `location-${uniqueId()}`;
  /** Leyla's two appointments, sealed once the key database is there (beforeAll). */
  let spring: AppointmentBookedV1Data;
  let autumn: AppointmentBookedV1Data;

  beforeAll(async () => {
    const suite = await isolatedSuite("notify-calendar");
    topicPrefix = suite.topicPrefix;
    client = await new MongoClient(testInfra().mongoUrl, { directConnection: true }).connect();
    db = client.db(suite.dbName);
    producer = new Kafka({
      clientId: `notify-calendar-${uniqueId()}`,
      brokers: [testInfra().kafkaBrokers],
      logLevel: logLevel.NOTHING,
    }).producer();
    await producer.connect();
    notify = await startServiceProcess(path.join(__dirname, "../../../main.ts"), {
      KAFKA_TOPIC_PREFIX: topicPrefix,
      MONGO_DB: suite.dbName,
      PERSONAL_DATA_KEY_DB: keyDbNameOf(suite.dbName),
      STAFF_TOKEN_SECRET: staffSecret,
      PUBLIC_BASE_URL: "https://termine.example.org",
      OUTBOX_POLL_MS: "100",
      // The suite's fixed dates (the DST Sundays) fall behind today's 30-day feed window sooner or later.
      CALENDAR_FEED_PAST_DAYS: "3650",
    });
    spring = await appointment(`appointment-spring-${uniqueId()}`, {
      // Sunday 28 March 2027, the night the clocks go forward: 10:00 CEST is 08:00 UTC.
      time: { startsAt: "2027-03-28T08:00:00Z", endsAt: "2027-03-28T08:45:00Z", timeZone: "Europe/Berlin" },
    });
    autumn = await appointment(`appointment-autumn-${uniqueId()}`, {
      // Sunday 25 October 2026, the night the clocks go back: 11:00 CET is 10:00 UTC.
      time: { startsAt: "2026-10-25T10:00:00Z", endsAt: "2026-10-25T10:45:00Z", timeZone: "Europe/Berlin" },
      service: { ...anAppointmentBookedData().service, name: "PSZ Halle", sensitive: true },
    });
  });
  afterAll(async () => {
    notify.child.kill("SIGKILL");
    await producer.disconnect();
    await client.close();
  });

  const publish = (event: EventEnvelope) =>
    producer.send({
      topic: topicPrefix + Topics.bookingAppointments,
      messages: [{ key: event.subject, value: JSON.stringify(event) }],
    });
  /** An appointment of Leyla's, booked as booking would: her name and phone sealed with its own key. */
  async function appointment(
    appointmentId: string,
    overrides: Partial<AppointmentBookedV1Data> = {},
  ): Promise<AppointmentBookedV1Data> {
    return anAppointmentBookedData({
      appointmentId,
      counsellorId,
      location: { ...anAppointmentBookedData().location, locationId },
      client: await aSealedClient(personalDataOf(db).cipher, {
        clientId: `client-${appointmentId}`,
        name: "Leyla",
        phone: "+4915177770001",
        preferredLanguage: "de",
      }),
      ...overrides,
    });
  }
  /** The calendar link of a text in the dev inbox (opened from its sealed copy), pointed at this test's process. */
  async function calendarLinkOf(messageId: string): Promise<string> {
    const text = await waitFor(
      () =>
        db
          .collection<{ _id: string; clientId: string; sealedBody: string }>("dev_inbox")
          .findOne({ _id: messageId }),
      (found) => found !== null,
      { what: `text ${messageId}` },
    );
    const body = await personalDataOf(db).cipher.decrypt(text!.clientId, text!.sealedBody);
    const link = /https:\/\/termine\.example\.org(\/calendar\/appointments\/\S+)/.exec(body)?.[1];
    expect(link).toBeDefined();
    return `${notify.url}${link!}`;
  }
  async function fetchIcs(url: string) {
    const response = await fetch(url);
    return {
      status: response.status,
      type: response.headers.get("content-type"),
      text: await response.text(),
    };
  }
  async function stateReached(appointmentId: string, sequence: number) {
    await waitFor(
      () => db.collection("appointments").findOne({ _id: appointmentId as never }),
      (state) => state?.sequence === sequence,
      { what: `${appointmentId} at sequence ${sequence}` },
    );
  }
  const trpc = async (procedure: string, input: unknown, bearer: string) => {
    const response = await fetch(`${notify.url}/trpc/${procedure}`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${bearer}` },
      body: JSON.stringify(input),
    });
    return { status: response.status, body: (await response.json()) as { result?: { data: unknown } } };
  };
  const staffToken = (staffId: string, role: "counsellor" | "reception", locationIds: string[] = []) =>
    new StaffTokens(staffSecret).issue({ staffId, role, organisationId, locationIds });
  let springLink = "";
  const onThisProcess = (url: string) => url.replace("https://termine.example.org", notify.url);

  it("serves the client's file: REQUEST at sequence 0, then 1 with the new time, then CANCEL with the same UID", async () => {
    const manageToken = "m".repeat(43);
    const booked = anAppointmentBookedEvent({
      data: {
        ...spring,
        manageUrl: `https://termine.example.org/manage/${spring.appointmentId}#${manageToken}`,
      },
    });
    await publish(booked);
    const link = await calendarLinkOf(`confirmation:${booked.id}`);
    springLink = link;

    const first = await fetchIcs(link);
    expect(first).toMatchObject({ status: 200, type: "text/calendar; charset=utf-8" });
    const bookedIcs = parseIcs(first.text);
    expect(bookedIcs.method).toBe("REQUEST");
    expect(bookedIcs.timezones).toEqual(["Europe/Berlin"]);
    expect(bookedIcs.events).toEqual([
      expect.objectContaining({
        uid: `${spring.appointmentId}@termine.example.org`,
        sequence: 0,
        status: "CONFIRMED",
        tzid: "Europe/Berlin",
        localStart: "2027-03-28T10:00:00",
        utcStart: "2027-03-28T08:00:00.000Z",
        summary: "Ihr Termin bei MBE Halle",
        location: "Beratungszentrum Halle-Mitte, Beispielstraße 1, 06108 Halle (Saale)",
      }),
    ]);
    expect(bookedIcs.events[0]?.description).toContain(
      "Ihr Termin bei MBE Halle ist am Sonntag, 28. März um 10:00 Uhr.",
    );
    // The manage link's secret opens the same file (the web app's confirmation page offers it).
    const viaManageLink = await fetchIcs(
      `${notify.url}/calendar/appointments/${spring.appointmentId}.ics?token=${encodeURIComponent(manageToken)}`,
    );
    expect(viaManageLink.status).toBe(200);

    const moved = anEventEnvelope(
      AppointmentRescheduledV1,
      {
        ...spring,
        sequence: 1,
        time: { startsAt: "2027-03-29T12:00:00Z", endsAt: "2027-03-29T12:45:00Z", timeZone: "Europe/Berlin" },
        previousTime: spring.time,
      },
      spring.appointmentId,
      { occurredAt: "2026-03-21T09:00:00Z" },
    );
    await publish(moved);
    const movedLink = await calendarLinkOf(`reschedule:${moved.id}`);
    for (const url of [movedLink, link]) {
      const rescheduled = parseIcs((await fetchIcs(url)).text);
      expect(rescheduled.method).toBe("REQUEST");
      expect(rescheduled.events).toEqual([
        expect.objectContaining({
          uid: `${spring.appointmentId}@termine.example.org`,
          sequence: 1,
          localStart: "2027-03-29T14:00:00",
          utcStart: "2027-03-29T12:00:00.000Z",
        }),
      ]);
    }

    await publish(
      anEventEnvelope(
        AppointmentCancelledV1,
        { ...spring, ...moved.data, sequence: 2, reason: "client_request", reasonNote: null },
        spring.appointmentId,
        { occurredAt: "2026-03-22T09:00:00Z" },
      ),
    );
    await stateReached(spring.appointmentId, 2);
    const cancelled = parseIcs((await fetchIcs(link)).text);
    expect(cancelled.method).toBe("CANCEL");
    expect(cancelled.events).toEqual([
      expect.objectContaining({
        uid: `${spring.appointmentId}@termine.example.org`,
        sequence: 2,
        status: "CANCELLED",
        utcStart: "2027-03-29T12:00:00.000Z",
      }),
    ]);
  });

  it("gets the UTC instant right on the autumn change and keeps a sensitive service discreet", async () => {
    const booked = anAppointmentBookedEvent({ data: autumn });
    await publish(booked);
    const ics = parseIcs((await fetchIcs(await calendarLinkOf(`confirmation:${booked.id}`))).text);
    expect(ics.events).toEqual([
      expect.objectContaining({
        tzid: "Europe/Berlin",
        localStart: "2026-10-25T11:00:00",
        utcStart: "2026-10-25T10:00:00.000Z",
        summary: "Ihr Termin",
        location: "Beispielstraße 1, 06108 Halle (Saale)",
      }),
    ]);
    expect(JSON.stringify(ics)).not.toMatch(/PSZ|Beratungszentrum/);
  });

  it("answers 404 alike for a wrong token, a missing token, an unknown appointment and a bad path", async () => {
    const base = `${notify.url}/calendar/appointments`;
    const realToken = new URL(springLink).searchParams.get("token") ?? "";
    const wrongToken = `${realToken.slice(0, -1)}${realToken.endsWith("A") ? "B" : "A"}`;
    const answers = await Promise.all(
      [
        `${base}/${spring.appointmentId}.ics?token=${wrongToken}`,
        `${base}/${spring.appointmentId}.ics`,
        `${base}/appointment-unknown.ics?token=${realToken}`,
        `${base}/${spring.appointmentId}?token=${realToken}`,
      ].map(fetchIcs),
    );
    for (const answer of answers) {
      expect(answer).toEqual({ status: 404, type: "text/plain; charset=utf-8", text: "Not found" });
    }
  });

  it("feeds a counsellor's appointments without client names, for them only, until revoked", async () => {
    const counsellor = await staffToken(counsellorId, "counsellor");
    const colleague = await staffToken(`counsellor-${uniqueId()}`, "counsellor");
    const forbidden = await trpc("feeds.create", { kind: "counsellor", id: counsellorId }, colleague);
    expect(forbidden.status).toBe(403);
    expect((await trpc("feeds.create", { kind: "location", id: locationId }, counsellor)).status).toBe(403);

    const created = await trpc("feeds.create", { kind: "counsellor", id: counsellorId }, counsellor);
    expect(created.status).toBe(200);
    const feed = created.body.result?.data as { feedId: string; url: string; webcalUrl: string };
    expect(feed.url).toMatch(/^https:\/\/termine\.example\.org\/calendar\/feeds\/[\w-]{32}\.ics$/);
    expect(feed.webcalUrl).toBe(feed.url.replace("https:", "webcal:"));
    const token = /feeds\/([\w-]+)\.ics$/.exec(feed.url)?.[1] ?? "";
    expect(await db.collection("calendar_feeds").countDocuments({ tokenHash: token })).toBe(0);

    const served = await fetchIcs(onThisProcess(feed.url));
    expect(served).toMatchObject({ status: 200, type: "text/calendar; charset=utf-8" });
    const parsed = parseIcs(served.text);
    expect(parsed.method).toBe("PUBLISH");
    expect(parsed.events.map((event) => [event.uid, event.sequence, event.status, event.summary])).toEqual([
      [`${autumn.appointmentId}@termine.example.org`, 0, "CONFIRMED", "Termin"],
      [`${spring.appointmentId}@termine.example.org`, 2, "CANCELLED", "Termin (abgesagt)"],
    ]);
    expect(parsed.events[0]?.description).toContain(`Termin-ID: ${autumn.appointmentId}`);
    expect(served.text).not.toMatch(/Leyla|4915177770001|PSZ|MBE Halle/);

    const reception = await staffToken(`staff-${uniqueId()}`, "reception", [locationId]);
    const locationFeed = await trpc("feeds.create", { kind: "location", id: locationId }, reception);
    expect(locationFeed.status).toBe(200);
    const locationUrl = (locationFeed.body.result?.data as { url: string }).url;
    expect(parseIcs((await fetchIcs(onThisProcess(locationUrl))).text).events).toHaveLength(2);

    expect((await trpc("feeds.revoke", { feedId: feed.feedId }, colleague)).status).toBe(403);
    expect((await trpc("feeds.revoke", { feedId: feed.feedId }, counsellor)).status).toBe(200);
    expect(await fetchIcs(onThisProcess(feed.url))).toMatchObject({ status: 404, text: "Not found" });
    expect((await fetchIcs(onThisProcess(locationUrl))).status).toBe(200);
  });

  it("ends a feed after its TTL: an expired one answers exactly like a revoked or unknown one", async () => {
    const counsellor = await staffToken(counsellorId, "counsellor");
    const before = Date.now();
    const created = await trpc("feeds.create", { kind: "counsellor", id: counsellorId }, counsellor);
    const feed = created.body.result?.data as { feedId: string; url: string; expiresAt: string };
    // The default CALENDAR_FEED_TTL_DAYS: a year from creation.
    const year = 365 * 86_400_000;
    expect(Date.parse(feed.expiresAt)).toBeGreaterThanOrEqual(before + year);
    expect(Date.parse(feed.expiresAt)).toBeLessThan(Date.now() + year + 1000);

    // Feeds as the store holds them: one past its expiresAt, and two from before feeds
    // expired (no expiresAt): one created longer than the TTL ago, one recently.
    const day = 86_400_000;
    const stored = (token: string, createdAt: Date, expiresAt?: Date) => ({
      _id: `feed-${uniqueId()}`,
      tokenHash: hashCalendarToken(token),
      kind: "counsellor" as const,
      subjectId: counsellorId,
      organisationId,
      createdBy: counsellorId,
      createdAt,
      ...(expiresAt ? { expiresAt } : {}),
      revoked: 0 as const,
      revokedAt: null,
      revokedBy: null,
    });
    const [expiredToken, oldToken, recentToken] = [uniqueId(32), uniqueId(32), uniqueId(32)];
    const expired = stored(expiredToken, new Date(before - 400 * day), new Date(before - 35 * day));
    const old = stored(oldToken, new Date(before - 400 * day));
    const recent = stored(recentToken, new Date(before - 10 * day));
    await db.collection<{ _id: string }>("calendar_feeds").insertMany([expired, old, recent]);

    const feedUrl = (token: string) => `${notify.url}/calendar/feeds/${token}.ics`;
    const unknown = await fetchIcs(feedUrl(uniqueId(32)));
    expect(unknown).toEqual({ status: 404, type: "text/plain; charset=utf-8", text: "Not found" });
    expect(await fetchIcs(feedUrl(expiredToken))).toEqual(unknown);
    expect(await fetchIcs(feedUrl(oldToken))).toEqual(unknown);
    expect((await fetchIcs(feedUrl(recentToken))).status).toBe(200);
    expect((await fetchIcs(onThisProcess(feed.url))).status).toBe(200);

    const listed = await fetch(`${notify.url}/trpc/feeds.list`, {
      headers: { authorization: `Bearer ${counsellor}` },
    });
    expect(listed.status).toBe(200);
    const feeds = ((await listed.json()) as { result: { data: unknown } }).result.data as Array<{
      feedId: string;
      expiresAt: string | null;
    }>;
    expect(feeds).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ feedId: feed.feedId, expiresAt: feed.expiresAt }),
        expect.objectContaining({
          feedId: recent._id,
          expiresAt: new Date(before - 10 * day + 365 * day).toISOString(),
        }),
      ]),
    );
    // Expired feeds are not active any more: not listed, like revoked ones.
    expect(feeds.map((listedFeed) => listedFeed.feedId)).not.toContain(expired._id);
    expect(feeds.map((listedFeed) => listedFeed.feedId)).not.toContain(old._id);
  });
});
