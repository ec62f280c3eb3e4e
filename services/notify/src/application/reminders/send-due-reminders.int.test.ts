import { anAppointmentBookedData } from "@counselling/contracts/testing";
import {
  type DevInboxDocument,
  MongoDevInboxSender,
} from "../../adapters/outbound/dev-inbox/mongo-dev-inbox.sender";
import { MongoAppointmentStateStore } from "../../adapters/outbound/mongo/mongo-appointment-state.store";
import { MongoReminderStore } from "../../adapters/outbound/mongo/mongo-reminder.store";
import { silentLogger, sendSmsOnceWith, useNotifyDatabase } from "../../testing/notify-test-kit";
import { type AppointmentState } from "../ports/appointment-state.port";
import { type ReminderRecord } from "../ports/reminder-store.port";
import { SendDueReminders } from "./send-due-reminders.use-case";

describe("due reminders with two replicas on the real database", () => {
  const db = useNotifyDatabase("notify-reminders");

  it("sends each due reminder exactly once, skips a cancelled one, and leaves a future one", async () => {
    const appointments = new MongoAppointmentStateStore(db().collection<AppointmentState>("appointments"));
    const reminders = new MongoReminderStore(db().collection<ReminderRecord>("reminders"));
    const inbox = new MongoDevInboxSender(db().collection<DevInboxDocument>("dev_inbox"));
    const now = new Date("2026-11-25T12:00:00Z");
    const startsAt = "2026-11-26T12:00:00Z";
    for (let index = 0; index < 40; index++) {
      const details = anAppointmentBookedData({
        appointmentId: `appointment-r${index}`,
        time: { startsAt, endsAt: "2026-11-26T12:45:00Z", timeZone: "Europe/Berlin" },
      });
      await appointments.apply({
        details,
        status: index === 0 ? "cancelled" : "booked",
        eventId: `event-${index}`,
        occurredAt: "2026-11-20T10:00:00Z",
        calendarTokenHash: null,
      });
      const dueAt = index === 39 ? new Date("2026-11-26T10:00:00Z") : new Date("2026-11-25T11:59:00Z");
      await reminders.schedule(details.appointmentId, 0, [{ offsetMinutes: 1440, dueAt }], [1440, 120]);
    }

    const replica = (owner: string) =>
      new SendDueReminders({
        reminders,
        appointments,
        sendSms: sendSmsOnceWith(db(), inbox, { owner }).sendSms,
        clock: () => now,
        logger: silentLogger,
        claimMs: 30_000,
        owner,
      });
    const [a, b] = await Promise.all([replica("replica-a").execute(), replica("replica-b").execute()]);
    // 39 are due (38 booked, 1 cancelled). FerretDB v1's findOneAndUpdate is NOT atomic under
    // concurrency (measured: 3 workers, 40 docs → 62 claims), so a reminder may be claimed twice;
    // the SMS intent's unique id is what keeps the text single (docs/adr/0022). The tomorrow one waits.
    expect(a + b).toBeGreaterThanOrEqual(39);
    expect(a).toBeGreaterThan(0);
    expect(b).toBeGreaterThan(0);

    const texts = await db().collection<DevInboxDocument>("dev_inbox").find({}).toArray();
    expect(texts).toHaveLength(38);
    expect(texts.every((text) => text.handedOver === 1)).toBe(true);
    expect(texts.every((text) => text.body.includes("Wir erinnern Sie") || text.body.includes("تذكير"))).toBe(
      true,
    );
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
