import { anInterpreter } from "../../domain/directory/directory.mother";
import {
  aBookingRequest,
  bookingUseCases,
  testActor,
  useBookingDatabase,
} from "../../testing/booking-test-kit";

const reception = {
  staffId: "staff-rita",
  role: "reception" as const,
  organisationId: "org-test",
  locationIds: [],
};

describe("reception's day on the real database", () => {
  const db = useBookingDatabase("reception");

  it("lists the location's local day in time order, and records check-in, completion and no-show", async () => {
    const { book, cancel, recordAttendance, locationDay } = bookingUseCases(db(), {
      directory: { interpreters: [anInterpreter({ languages: { uk: [] } })] },
    });
    const late = await book.execute(
      aBookingRequest("day-key-1", { startsAt: "2026-11-30T10:00:00Z" }),
      testActor,
    );
    const early = await book.execute(
      aBookingRequest("day-key-2", {
        startsAt: "2026-11-30T08:00:00Z",
        client: { displayName: "Olena", phone: null, preferredLanguage: "uk", smsConsent: false },
      }),
      testActor,
    );
    const other = await book.execute(
      aBookingRequest("day-key-3", { startsAt: "2026-11-30T09:00:00Z" }),
      testActor,
    );
    await cancel.byClient({
      appointmentId: other.appointment.appointmentId,
      manageToken: other.manageToken!,
    });
    // Another day is not listed.
    await book.execute(aBookingRequest("day-key-4", { startsAt: "2026-12-07T08:00:00Z" }), testActor);

    const day = await locationDay.execute({ locationId: "loc-test", date: "2026-11-30" }, reception);
    expect(day.map((entry) => [entry.clientName, entry.status])).toEqual([
      ["Olena", "booked"],
      ["Amina", "cancelled"],
      ["Amina", "booked"],
    ]);
    expect(day[0]).toMatchObject({
      counsellor: { id: "cns-test", name: "Test C." },
      room: { id: "room-test", name: "Raum 1" },
      language: "uk",
      interpreter: { id: "int-test", mode: "in_person" }, // the counsellor speaks de and ar, not uk
    });

    const earlyId = early.appointment.appointmentId;
    await recordAttendance.execute(earlyId, "checked_in", reception);
    await recordAttendance.execute(earlyId, "completed", reception);
    await expect(recordAttendance.execute(earlyId, "no_show", reception)).rejects.toMatchObject({
      code: "PRECONDITION_FAILED",
      reason: "appointment_completed",
    });
    await recordAttendance.execute(late.appointment.appointmentId, "no_show", reception);
    const after = await locationDay.execute({ locationId: "loc-test", date: "2026-11-30" }, reception);
    expect(after.map((entry) => entry.status)).toEqual(["completed", "cancelled", "no_show"]);

    // Staff of another organisation see nothing and change nothing.
    const stranger = { ...reception, organisationId: "org-other" };
    await expect(
      locationDay.execute({ locationId: "loc-test", date: "2026-11-30" }, stranger),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
      reason: "out_of_scope",
    });
    await expect(recordAttendance.execute(earlyId, "completed", stranger)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });

    const stored = await db()
      .collection("appointments")
      .findOne({ _id: earlyId as never });
    const types = (stored as unknown as { outbox: Array<{ envelope: { type: string } }> }).outbox.map(
      (e) => e.envelope.type,
    );
    expect(types).toEqual(expect.arrayContaining(["appointment.checked_in", "appointment.completed"]));
  });
});
