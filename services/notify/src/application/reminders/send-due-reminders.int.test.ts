import { anAppointmentBookedData } from "@counselling/contracts/testing";
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
import { type ReminderRecord, type ReminderStore } from "../ports/reminder-store.port";
import { SendDueReminders } from "./send-due-reminders.use-case";

describe("due reminders with three replicas on the real database", () => {
  const db = useNotifyDatabase("notify-reminders");

  it("sends each due reminder exactly once, skips a cancelled one, and leaves a future one", async () => {
    const locks = locksOf(db());
    const appointments = new MongoAppointmentStateStore(
      db().collection<AppointmentState>("appointments"),
      locks,
    );
    const reminders = new MongoReminderStore(db().collection<ReminderRecord>("reminders"), locks);
    const personalData = personalDataOf(db());
    const inbox = new MongoDevInboxSender(
      db().collection<DevInboxDocument>("dev_inbox"),
      locks,
      personalData.cipher,
    );
    // Every successful claim, by reminder id: each due reminder must be claimed exactly once.
    const claims: string[] = [];
    const counted: ReminderStore = {
      schedule: (...args) => reminders.schedule(...args),
      cancel: (...args) => reminders.cancel(...args),
      cancelAllOf: (...args) => reminders.cancelAllOf(...args),
      finish: (...args) => reminders.finish(...args),
      claimDue: async (...args) => {
        const claimed = await reminders.claimDue(...args);
        if (claimed) claims.push(claimed._id);
        return claimed;
      },
    };
    const now = new Date("2026-11-25T12:00:00Z");
    const startsAt = "2026-11-26T12:00:00Z";
    for (let index = 0; index < 40; index++) {
      const details = anAppointmentBookedData({
        appointmentId: `appointment-r${index}`,
        time: { startsAt, endsAt: "2026-11-26T12:45:00Z", timeZone: "Europe/Berlin" },
        client: await aSealedClient(personalData.cipher, {
          clientId: `client-r${index}`,
          name: "Amal",
          phone: `+4915122${String(300_000 + index)}`,
        }),
      });
      await appointments.apply({
        details,
        status: index === 0 ? "cancelled" : "booked",
        eventId: `event-${index}`,
        occurredAt: "2026-11-20T10:00:00Z",
        calendarTokenHashes: [],
        phoneIndex: null,
      });
      const dueAt = index === 39 ? new Date("2026-11-26T10:00:00Z") : new Date("2026-11-25T11:59:00Z");
      await reminders.schedule(details.appointmentId, 0, [{ offsetMinutes: 1440, dueAt }], [1440, 120]);
    }

    const replica = (owner: string) =>
      new SendDueReminders({
        ...personalData,
        reminders: counted,
        appointments,
        sendSms: sendSmsOnceWith(db(), inbox, { owner }).sendSms,
        clock: () => now,
        logger: silentLogger,
        claimMs: 30_000,
        owner,
      });
    const handled = await Promise.all(
      ["replica-a", "replica-b", "replica-c"].map((o) => replica(o).execute()),
    );
    // 39 are due (38 booked, 1 cancelled); the tomorrow one waits. Claims are decided under the
    // reminder's document lock (FerretDB v1's findOneAndUpdate let 3 workers take 40 documents
    // 62–72 times), so each due reminder is claimed by exactly one replica.
    expect(handled.reduce((sum, count) => sum + count, 0)).toBe(39);
    expect(claims).toHaveLength(39);
    expect(new Set(claims).size).toBe(39);

    const texts = await inbox.list(100);
    expect(texts).toHaveLength(38);
    expect(texts.every((text) => text.handedOver === 1)).toBe(true);
    expect(
      texts.every((text) => text.body?.includes("Wir erinnern Sie") || text.body?.includes("تذكير")),
    ).toBe(true);
    const states = await db().collection<ReminderRecord>("reminders").find({ offsetMinutes: 1440 }).toArray();
    expect(states.filter((reminder) => reminder.state === "sent")).toHaveLength(38);
    expect(states.find((reminder) => reminder.appointmentId === "appointment-r0")?.state).toBe("skipped");
    expect(states.find((reminder) => reminder.appointmentId === "appointment-r39")).toMatchObject({
      state: "scheduled",
      active: 1,
    });
    // A second run finds nothing left to send.
    await expect(replica("replica-c").execute()).resolves.toBe(0);
  });
});
