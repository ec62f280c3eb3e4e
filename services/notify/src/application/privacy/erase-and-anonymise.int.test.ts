import { randomBytes } from "node:crypto";
import { CalendarLinkTokens } from "../../domain/calendar/calendar-token";
import {
  type AppointmentBookedV1Data,
  PrivacyErasureRequestedV1,
  type ServiceKind,
  WaitlistSlotOfferedV1,
} from "@counselling/contracts";
import {
  anAppointmentBookedData,
  anAppointmentBookedEvent,
  anEventEnvelope,
} from "@counselling/contracts/testing";
import { ERASURE_RECEIPTS_COLLECTION, ErasureReceipts } from "@counselling/platform";
import { type Db } from "mongodb";
import {
  type DevInboxDocument,
  MongoDevInboxSender,
} from "../../adapters/outbound/dev-inbox/mongo-dev-inbox.sender";
import { MongoAppointmentStateStore } from "../../adapters/outbound/mongo/mongo-appointment-state.store";
import { type MessageDocument } from "../../adapters/outbound/mongo/mongo-message.store";
import { MongoPersonalRecords } from "../../adapters/outbound/mongo/mongo-personal-records";
import { MongoReminderStore } from "../../adapters/outbound/mongo/mongo-reminder.store";
import { MongoReplyStore, type ReplyDocument } from "../../adapters/outbound/mongo/mongo-reply.store";
import {
  aNewMessage,
  aSealedClient,
  locksOf,
  personalDataOf,
  sealedMessage,
  sendSmsOnceWith,
  useNotifyDatabase,
} from "../../testing/notify-test-kit";
import { HandleAppointmentEvents } from "../appointment-events/handle-appointment-events.use-case";
import { type AppointmentState } from "../ports/appointment-state.port";
import { type ReminderRecord } from "../ports/reminder-store.port";
import { ReceiveReply } from "../replies/receive-reply.use-case";
import { OfferWaitlistSlot } from "../send-sms/offer-waitlist-slot.use-case";
import { AnonymiseFinished } from "./anonymise-finished.use-case";
import { ErasePersonalData } from "./erase-personal-data.use-case";

/** Notify's use cases on one suite database, with a clock the test moves. */
function notifyOn(db: Db, clock: () => Date) {
  const locks = locksOf(db);
  const personalData = personalDataOf(db);
  const collections = {
    appointments: db.collection<AppointmentState>("appointments"),
    messages: db.collection<MessageDocument>("messages"),
    replies: db.collection<ReplyDocument>("replies"),
    reminders: db.collection<ReminderRecord>("reminders"),
    devInbox: db.collection<DevInboxDocument>("dev_inbox"),
  };
  const reminders = new MongoReminderStore(collections.reminders, locks);
  const inbox = new MongoDevInboxSender(collections.devInbox, locks, personalData.cipher);
  const { sendSms, messages } = sendSmsOnceWith(db, inbox);
  const records = new MongoPersonalRecords(collections, locks);
  const keyErasure = { records, reminders, cipher: personalData.cipher };
  return {
    ...personalData,
    collections,
    sendSms,
    messages,
    events: new HandleAppointmentEvents({
      ...personalData,
      appointments: new MongoAppointmentStateStore(collections.appointments, locks),
      reminders,
      sendSms,
      clock,
      reminderOffsetsMinutes: [1440, 120],
      quietHours: { startHour: 21, endHour: 8 },
      calendarLinks: new CalendarLinkTokens(randomBytes(32)),
      calendarUrl: (id, token) => `https://notify.example.org/calendar/appointments/${id}.ics?token=${token}`,
    }),
    offers: new OfferWaitlistSlot({ ...personalData, sendSms }),
    replies: new ReceiveReply({
      ...personalData,
      messages,
      replies: new MongoReplyStore(collections.replies),
      clock,
    }),
    retention: new AnonymiseFinished({
      ...keyErasure,
      clock,
      policy: { daysByServiceKind: { psychosocial_centre: 30 }, defaultDays: 365 },
    }),
    erasure: new ErasePersonalData({
      ...keyErasure,
      confirmations: ErasureReceipts.on(db.collection(ERASURE_RECEIPTS_COLLECTION)),
      clock,
    }),
  };
}

describe("erasure and retention of notify's records, real database", () => {
  const db = useNotifyDatabase("notify-privacy-records");
  let now = new Date("2027-06-01T12:00:00Z");
  const clock = () => now;

  async function bookedOn(
    notify: ReturnType<typeof notifyOn>,
    appointmentId: string,
    kind: ServiceKind,
    endsAt: string,
  ): Promise<AppointmentBookedV1Data> {
    const ends = new Date(endsAt);
    const data = anAppointmentBookedData({
      appointmentId,
      service: { ...anAppointmentBookedData().service, kind },
      time: {
        startsAt: new Date(ends.getTime() - 45 * 60_000).toISOString(),
        endsAt: ends.toISOString(),
        timeZone: "Europe/Berlin",
      },
      client: await aSealedClient(notify.cipher, {
        clientId: `client-${appointmentId}`,
        name: `Name of ${appointmentId}`,
        phone: `+49151${String(10_000_000 + Math.floor(Math.random() * 89_999_999))}`,
        preferredLanguage: "de",
      }),
    });
    await notify.events.booked(anAppointmentBookedEvent({ data }));
    return data;
  }

  /** Whether anything of the key still opens, and the records' erasure marks. */
  async function stateOfKey(notify: ReturnType<typeof notifyOn>, clientId: string) {
    const { messages, devInbox, appointments, replies } = notify.collections;
    const message = await messages.findOne({ clientId });
    const readable = message
      ? (await notify.cipher.decryptOrNull(clientId, message.sealedBody)) !== null
      : null;
    const marks = await Promise.all(
      [appointments, messages, replies, devInbox].map(async (collection) =>
        (await (collection as unknown as typeof messages).find({ clientId }).toArray()).map((record) => ({
          erased: record.personalDataErasedAt !== null,
          indexed: record.phoneIndex !== undefined,
        })),
      ),
    );
    return { readable, records: marks.flat() };
  }

  it("anonymises what ended longer ago than its kind's period, and nothing else", async () => {
    const notify = notifyOn(db(), clock);
    now = new Date("2027-06-01T12:00:00Z");
    const oldPsz = await bookedOn(notify, "retention-old-psz", "psychosocial_centre", "2027-04-01T10:00:00Z");
    const recentPsz = await bookedOn(
      notify,
      "retention-recent-psz",
      "psychosocial_centre",
      "2027-05-25T10:00:00Z",
    );
    const recentMbe = await bookedOn(
      notify,
      "retention-mbe",
      "adult_migration_counselling",
      "2027-01-01T10:00:00Z",
    );
    const ancientMbe = await bookedOn(
      notify,
      "retention-ancient",
      "adult_migration_counselling",
      "2026-03-01T10:00:00Z",
    );
    const offer = anEventEnvelope(
      WaitlistSlotOfferedV1,
      {
        waitlistEntryId: "waitlist-entry-old",
        organisationId: recentMbe.organisationId,
        location: recentMbe.location,
        service: recentMbe.service,
        time: { startsAt: "2026-01-05T09:00:00Z", endsAt: "2026-01-05T09:45:00Z", timeZone: "Europe/Berlin" },
        client: await aSealedClient(notify.cipher, {
          clientId: "client-waitlist-entry-old",
          name: "Waiting Person",
          phone: "+4915155550001",
        }),
        offerExpiresAt: "2026-01-04T17:00:00Z",
        offerUrl: "https://termine.example.org/offer/abc",
      },
      "waitlist-entry-old",
    );
    await notify.offers.execute(offer);
    now = new Date("2026-02-01T12:00:00Z"); // a reply from a number we never texted, long ago
    await notify.replies.execute({
      providerMessageId: "SM-old-unknown",
      from: "+4915166660001",
      body: "hallo?",
    });
    now = new Date("2027-05-31T12:00:00Z"); // and one yesterday
    await notify.replies.execute({
      providerMessageId: "SM-new-unknown",
      from: "+4915166660002",
      body: "hallo?",
    });

    now = new Date("2027-06-01T12:00:00Z");
    await expect(notify.retention.execute()).resolves.toBe(4);
    const anonymised = [
      oldPsz.client.clientId,
      ancientMbe.client.clientId,
      "client-waitlist-entry-old",
      "inbound-SM-old-unknown",
    ];
    for (const clientId of anonymised) {
      const state = await stateOfKey(notify, clientId);
      expect({ clientId, readable: state.readable ?? false }).toEqual({ clientId, readable: false });
      expect(state.records.length).toBeGreaterThan(0);
      for (const record of state.records)
        expect({ clientId, ...record }).toEqual({ clientId, erased: true, indexed: false });
    }
    const oldReply = await notify.collections.replies.findOne({ _id: "SM-old-unknown" });
    expect(await notify.cipher.decryptOrNull(oldReply!.clientId, oldReply!.sealedBody)).toBeNull();
    for (const clientId of [recentPsz.client.clientId, recentMbe.client.clientId]) {
      const state = await stateOfKey(notify, clientId);
      expect({ clientId, readable: state.readable }).toEqual({ clientId, readable: true });
      for (const record of state.records) expect(record).toEqual({ erased: false, indexed: record.indexed });
    }
    const newReply = await notify.collections.replies.findOne({ _id: "SM-new-unknown" });
    expect(await notify.cipher.decrypt(newReply!.clientId, newReply!.sealedBody)).toBe("hallo?");
    // The next run finds nothing left to do.
    await expect(notify.retention.execute()).resolves.toBe(0);
  });

  it("erasure switches off reminders, closes an unsent intent as skipped and confirms once", async () => {
    const notify = notifyOn(db(), clock);
    now = new Date("2027-06-01T12:00:00Z");
    const data = await bookedOn(notify, "erasure-pending", "refugee_counselling", "2027-06-10T10:00:00Z");
    const key = data.client.clientId;
    expect(
      await notify.collections.reminders.countDocuments({ appointmentId: data.appointmentId, active: 1 }),
    ).toBe(2);
    // A replica recorded a reminder's intent and died before the provider took it; its lease has lapsed.
    const stuckId = `reminder:${data.appointmentId}:1440:0`;
    await notify.messages.createIntent(
      await sealedMessage(
        db(),
        aNewMessage({
          _id: stuckId,
          template: "reminder",
          purpose: "reminder",
          appointmentId: data.appointmentId,
          clientId: key,
        }),
      ),
      "dev_inbox",
      { owner: "crashed", now: new Date(Date.now() - 60_000), until: new Date(Date.now() - 1) },
    );

    const request = anEventEnvelope(
      PrivacyErasureRequestedV1,
      {
        requestId: "erasure-request-1",
        phoneIndex: null,
        clientIds: [key],
        requestedBy: {
          kind: "staff",
          staffId: "staff-dpo",
          role: "dpo",
          organisationId: data.organisationId,
        },
        at: now.toISOString(),
      },
      "erasure-request-1",
    );
    await notify.erasure.execute(request);
    await notify.erasure.execute(request); // a redelivery

    expect(await notify.collections.reminders.find({ appointmentId: data.appointmentId }).toArray()).toEqual([
      expect.objectContaining({ active: 0, state: "cancelled" }),
      expect.objectContaining({ active: 0, state: "cancelled" }),
    ]);
    // The reconciler resumes the intent, finds the key shredded, and closes it for good.
    await expect(notify.sendSms.resume(stuckId)).resolves.toBe("skipped");
    expect(await notify.messages.get(stuckId)).toMatchObject({
      state: "skipped",
      sending: 0,
      errorCode: "personal_data_erased",
    });
    await expect(notify.sendSms.resume(stuckId)).resolves.toBe("already_handled");
    expect(await notify.collections.devInbox.countDocuments({ _id: stuckId })).toBe(0);

    const receipts = await db().collection(ERASURE_RECEIPTS_COLLECTION).find({}).toArray();
    expect(receipts).toEqual([
      expect.objectContaining({
        _id: "erasure-request-1",
        service: "notify",
        clientIds: [key],
        // The appointment state, the confirmation, its dev-inbox copy, the stuck intent.
        recordsErased: 4,
        outboxPending: 1,
      }),
    ]);
  });
});
