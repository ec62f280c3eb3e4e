import type { StaffPrincipal } from "@counselling/platform";
import type { RetentionPolicy } from "../../domain/retention/retention-policy";
import {
  aBookingRequest,
  bookingUseCases,
  testActor,
  useBookingDatabase,
} from "../../testing/booking-test-kit";

const reception: StaffPrincipal = {
  staffId: "staff-rita",
  role: "reception",
  organisationId: "org-test",
  locationIds: [],
};
const dpo: StaffPrincipal = { ...reception, staffId: "staff-dpo", role: "dpo" };
const aClient = (displayName: string) => ({
  displayName,
  phone: "+4915111111111",
  preferredLanguage: "de" as const,
  smsConsent: true,
});

describe("retention of finished records' personal data on the real database", () => {
  const db = useBookingDatabase("retention");

  it("anonymises finished appointments and closed waitlist entries once their service kind's period is over, and nothing else", async () => {
    const clock = { now: new Date("2026-11-25T10:00:00Z") };
    const withPolicy = (retention: RetentionPolicy) =>
      bookingUseCases(db(), { now: () => clock.now, retention });
    const uc = withPolicy({ daysByServiceKind: { adult_migration_counselling: 30 }, defaultDays: 3650 });
    const book = (key: string, startsAt: string) =>
      uc.book.execute(aBookingRequest(key, { startsAt, client: aClient(`Client ${key}`) }), testActor);
    const completed = await book("ret-completed", "2026-11-30T08:00:00Z");
    const noShow = await book("ret-no-show", "2026-11-30T09:00:00Z");
    const stillBooked = await book("ret-booked", "2026-11-30T10:00:00Z");
    const cancelledLater = await book("ret-cancelled", "2026-12-07T08:00:00Z");
    await uc.recordAttendance.execute(completed.appointment.appointmentId, "checked_in", reception);
    await uc.recordAttendance.execute(completed.appointment.appointmentId, "completed", reception);
    await uc.recordAttendance.execute(noShow.appointment.appointmentId, "no_show", reception);
    await uc.cancel.byClient({
      appointmentId: cancelledLater.appointment.appointmentId,
      manageToken: cancelledLater.manageToken!,
    });
    const left = await uc.joinWaitlist.execute(
      { idempotencyKey: "ret-wl-left", serviceId: "svc-test", client: aClient("Left") },
      reception,
    );
    await uc.leaveWaitlist.execute({ entryId: left.entryId }, reception); // closed now, 25 November
    const waiting = await uc.joinWaitlist.execute(
      { idempotencyKey: "ret-wl-waiting", serviceId: "svc-test", client: aClient("Waiting") },
      reception,
    );
    const statisticsBefore = await uc.monthlyStatistics.execute({}, dpo);
    const { vault } = uc.personalData;
    const readable = async (appointmentId: string) => {
      const appointment = await uc.appointments.findById(appointmentId);
      return vault.decryptOrNull(
        appointment!.details.client.clientId,
        appointment!.details.client.sealedName,
      );
    };

    // 1 January 2027: 32 days after 30 November, 25 after 7 December, 37 after the entry closed.
    clock.now = new Date("2027-01-01T12:00:00Z");
    // The kind's own retention (10 years) wins over a short default: nothing is due.
    const kindKeepsLonger = withPolicy({
      daysByServiceKind: { adult_migration_counselling: 3650 },
      defaultDays: 30,
    });
    expect(await kindKeepsLonger.anonymiseFinished.execute()).toEqual({
      appointments: 0,
      waitlistEntries: 0,
    });
    expect(await uc.anonymiseFinished.execute()).toEqual({ appointments: 2, waitlistEntries: 1 });

    for (const finished of [completed, noShow]) {
      const appointment = await uc.appointments.findById(finished.appointment.appointmentId);
      expect(appointment).toMatchObject({ phoneIndex: null, personalDataErasedBy: "retention" });
      expect(await readable(finished.appointment.appointmentId)).toBeNull();
    }
    expect(await readable(stillBooked.appointment.appointmentId)).toBe("Client ret-booked");
    expect(await readable(cancelledLater.appointment.appointmentId)).toBe("Client ret-cancelled");
    expect(await uc.waitlist.findById(left.entryId)).toMatchObject({
      status: "withdrawn",
      phoneIndex: null,
      personalDataErasedBy: "retention",
    });
    expect(await uc.waitlist.findById(waiting.entryId)).toMatchObject({
      status: "waiting",
      personalDataErasedAt: null,
    });

    // A second run finds nothing new; a week later the cancellation is due too.
    expect(await uc.anonymiseFinished.execute()).toEqual({ appointments: 0, waitlistEntries: 0 });
    clock.now = new Date("2027-01-08T12:00:00Z");
    expect(await uc.anonymiseFinished.execute()).toEqual({ appointments: 1, waitlistEntries: 0 });
    expect(await readable(cancelledLater.appointment.appointmentId)).toBeNull();
    expect(await readable(stillBooked.appointment.appointmentId)).toBe("Client ret-booked");
    // Anonymising keeps the records: the statistics stay the same.
    expect(await uc.monthlyStatistics.execute({}, dpo)).toEqual(statisticsBefore);
  });
});
