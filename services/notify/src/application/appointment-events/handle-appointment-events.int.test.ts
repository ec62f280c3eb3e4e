import { randomBytes } from "node:crypto";
import {
  AppointmentCancelledV1,
  AppointmentRescheduledV1,
  type AppointmentBookedV1Data,
} from "@counselling/contracts";
import {
  anAppointmentBookedData,
  anAppointmentBookedEvent,
  anEventEnvelope,
} from "@counselling/contracts/testing";
import {
  type DevInboxDocument,
  MongoDevInboxSender,
} from "../../adapters/outbound/dev-inbox/mongo-dev-inbox.sender";
import { MongoAppointmentStateStore } from "../../adapters/outbound/mongo/mongo-appointment-state.store";
import { MongoReminderStore } from "../../adapters/outbound/mongo/mongo-reminder.store";
import {
  aSealedClient,
  locksOf,
  personalDataOf,
  sendSmsOnceWith,
  silentLogger,
  useNotifyDatabase,
} from "../../testing/notify-test-kit";
import { type AppointmentState } from "../ports/appointment-state.port";
import { type ReminderRecord } from "../ports/reminder-store.port";
import { SendDueReminders } from "../reminders/send-due-reminders.use-case";
import { CalendarLinkTokens, hashCalendarToken } from "../../domain/calendar/calendar-token";
import { type MessageRecord } from "../ports/message-record";
import { HandleAppointmentEvents } from "./handle-appointment-events.use-case";

describe("appointment events: texts, calendar links and reminders, real database", () => {
  const db = useNotifyDatabase("notify-reminder-moves");
  let now = new Date();

  /** `failingStateWrites`: that many state writes fail first (the database answered with an error). */
  function notify({ failingStateWrites = 0 } = {}) {
    const locks = locksOf(db());
    const appointments = new MongoAppointmentStateStore(
      db().collection<AppointmentState>("appointments"),
      locks,
    );
    const realApply = appointments.apply.bind(appointments);
    let failuresLeft = failingStateWrites;
    appointments.apply = (input) =>
      failuresLeft-- > 0 ? Promise.reject(new Error("state write failed")) : realApply(input);
    const reminders = new MongoReminderStore(db().collection<ReminderRecord>("reminders"), locks);
    const personalData = personalDataOf(db());
    const inbox = new MongoDevInboxSender(
      db().collection<DevInboxDocument>("dev_inbox"),
      locks,
      personalData.cipher,
    );
    const { sendSms } = sendSmsOnceWith(db(), inbox);
    const clock = () => now;
    return {
      events: new HandleAppointmentEvents({
        ...personalData,
        appointments,
        reminders,
        sendSms,
        clock,
        reminderOffsetsMinutes: [1440, 120],
        quietHours: { startHour: 21, endHour: 8 },
        calendarLinks: new CalendarLinkTokens(randomBytes(32)),
        calendarUrl: (id, token) =>
          `https://notify.example.org/calendar/appointments/${id}.ics?token=${token}`,
      }),
      dueReminders: new SendDueReminders({
        ...personalData,
        reminders,
        appointments,
        sendSms,
        clock,
        logger: silentLogger,
        claimMs: 30_000,
      }),
    };
  }
  const remindersOf = (appointmentId: string) =>
    db()
      .collection<ReminderRecord>("reminders")
      .find({ appointmentId })
      .sort({ offsetMinutes: -1 })
      .toArray();
  /** The reminder texts of an appointment in the dev inbox, opened. */
  const reminderTextsOf = async (appointmentId: string) => {
    const texts = await db()
      .collection<DevInboxDocument>("dev_inbox")
      .find({ _id: { $regex: `^reminder:${appointmentId}:` } })
      .sort({ receivedAt: 1 })
      .toArray();
    const { cipher } = personalDataOf(db());
    return Promise.all(
      texts.map(async (text) => ({
        _id: text._id,
        body: await cipher.decrypt(text.clientId, text.sealedBody),
      })),
    );
  };
  const booked = async (appointmentId: string): Promise<AppointmentBookedV1Data> =>
    anAppointmentBookedData({
      appointmentId,
      client: await aSealedClient(personalDataOf(db()).cipher, {
        clientId: `client-${appointmentId}`,
        name: "Amal",
        phone: "+4915122220001",
        preferredLanguage: "de",
      }),
    });

  it("a rescheduled event moves both reminders to the new time; the old times send nothing", async () => {
    const { events, dueReminders } = notify();
    const data = await booked("appointment-moved");
    now = new Date("2026-03-20T09:15:00Z");
    // Monday 30 March, 10:00 in Berlin.
    await events.booked(anAppointmentBookedEvent({ data }));
    expect(await remindersOf(data.appointmentId)).toMatchObject([
      {
        offsetMinutes: 1440,
        sequence: 0,
        active: 1,
        state: "scheduled",
        dueAt: new Date("2026-03-29T08:00:00Z"),
      },
      {
        offsetMinutes: 120,
        sequence: 0,
        active: 1,
        state: "scheduled",
        dueAt: new Date("2026-03-30T06:00:00Z"),
      },
    ]);

    now = new Date("2026-03-25T10:00:00Z");
    const newTime = {
      startsAt: "2026-04-02T12:00:00Z",
      endsAt: "2026-04-02T12:45:00Z",
      timeZone: "Europe/Berlin" as const,
    };
    await events.rescheduled(
      anEventEnvelope(
        AppointmentRescheduledV1,
        { ...data, sequence: 1, time: newTime, previousTime: data.time },
        data.appointmentId,
        { occurredAt: now.toISOString() },
      ),
    );
    // Thursday 2 April, 14:00 in Berlin: the day before and two hours before.
    expect(await remindersOf(data.appointmentId)).toMatchObject([
      {
        offsetMinutes: 1440,
        sequence: 1,
        active: 1,
        state: "scheduled",
        dueAt: new Date("2026-04-01T12:00:00Z"),
      },
      {
        offsetMinutes: 120,
        sequence: 1,
        active: 1,
        state: "scheduled",
        dueAt: new Date("2026-04-02T10:00:00Z"),
      },
    ]);

    now = new Date("2026-03-30T07:00:00Z"); // both old times have passed
    await expect(dueReminders.execute()).resolves.toBe(0);
    expect(await reminderTextsOf(data.appointmentId)).toEqual([]);

    now = new Date("2026-04-01T12:00:00Z");
    await expect(dueReminders.execute()).resolves.toBe(1);
    now = new Date("2026-04-02T10:00:00Z");
    await expect(dueReminders.execute()).resolves.toBe(1);
    const texts = await reminderTextsOf(data.appointmentId);
    expect(texts.map((text) => text._id)).toEqual([
      `reminder:${data.appointmentId}:1440:1`,
      `reminder:${data.appointmentId}:120:1`,
    ]);
    for (const text of texts) expect(text.body).toContain("Donnerstag, 2. April um 14:00 Uhr");
    expect(await remindersOf(data.appointmentId)).toMatchObject([
      { sequence: 1, active: 0, state: "sent" },
      { sequence: 1, active: 0, state: "sent" },
    ]);
  });

  it("a cancelled event drops both reminders, and a redelivered booking does not revive them", async () => {
    const { events, dueReminders } = notify();
    const data = await booked("appointment-dropped");
    now = new Date("2026-03-20T09:15:00Z");
    const bookedEvent = anAppointmentBookedEvent({ data });
    await events.booked(bookedEvent);
    await events.cancelled(
      anEventEnvelope(
        AppointmentCancelledV1,
        { ...data, sequence: 1, reason: "client_request", reasonNote: null },
        data.appointmentId,
        { occurredAt: "2026-03-21T09:00:00Z" },
      ),
    );
    await events.booked(bookedEvent);
    expect(await remindersOf(data.appointmentId)).toMatchObject([
      { sequence: 1, active: 0, state: "cancelled" },
      { sequence: 1, active: 0, state: "cancelled" },
    ]);
    now = new Date("2026-03-30T07:00:00Z");
    await expect(dueReminders.execute()).resolves.toBe(0);
    expect(await reminderTextsOf(data.appointmentId)).toEqual([]);
  });
  const inboxOf = (messageId: string) =>
    db().collection<DevInboxDocument>("dev_inbox").findOne({ _id: messageId });
  const messageOf = (messageId: string) =>
    db().collection<MessageRecord>("messages").findOne({ _id: messageId });

  it("the text's calendar link opens the stored state, also when the event comes again", async () => {
    const { events } = notify();
    now = new Date("2026-03-20T09:15:00Z");
    const event = anAppointmentBookedEvent({ data: await booked("appointment-linked") });
    await events.booked(event);
    await events.booked(event);

    const text = await inboxOf(`confirmation:${event.id}`);
    expect(text?.handedOver).toBe(1);
    const body = await personalDataOf(db()).cipher.decrypt(text?.clientId ?? "", text?.sealedBody ?? "");
    const token = /\.ics\?token=([\w-]+)/.exec(body)?.[1] ?? "";
    const state = await db()
      .collection<AppointmentState>("appointments")
      .findOne({ _id: "appointment-linked" });
    expect(state?.calendarTokenHashes).toEqual([hashCalendarToken(token)]);
  });

  it("a text recorded beside a failed state write is given back, and the retry sends it once", async () => {
    const { events } = notify({ failingStateWrites: 1 });
    now = new Date("2026-03-20T09:15:00Z");
    const event = anAppointmentBookedEvent({ data: await booked("appointment-retried") });
    await expect(events.booked(event)).rejects.toThrow("state write failed");
    expect(await inboxOf(`confirmation:${event.id}`)).toBeNull();
    const givenBack = await messageOf(`confirmation:${event.id}`);
    expect(givenBack).toMatchObject({ state: "sending", sending: 1 });
    expect(givenBack?.claimedUntil.getTime()).toBeLessThanOrEqual(Date.now());

    await events.booked(event);
    expect((await inboxOf(`confirmation:${event.id}`))?.handedOver).toBe(1);
    expect(await messageOf(`confirmation:${event.id}`)).toMatchObject({ state: "sent", sending: 0 });
  });

  it("a superseded event's text is recorded but withdrawn unsent", async () => {
    const { events } = notify();
    now = new Date("2026-03-20T09:15:00Z");
    const data = await booked("appointment-superseded");
    await events.rescheduled(
      anEventEnvelope(
        AppointmentRescheduledV1,
        { ...data, sequence: 1, previousTime: data.time },
        data.appointmentId,
      ),
    );
    // The booking's own event, replayed late (from a dead-letter topic, say): older than the state.
    const late = anAppointmentBookedEvent({ data });
    await events.booked(late);

    expect(await inboxOf(`confirmation:${late.id}`)).toBeNull();
    expect(await messageOf(`confirmation:${late.id}`)).toMatchObject({
      state: "skipped",
      sending: 0,
      errorCode: "superseded",
    });
  });
});
