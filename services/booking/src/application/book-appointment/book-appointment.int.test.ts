import type { Actor } from "@counselling/contracts";
import { AppError } from "@counselling/platform";
import type { Db } from "mongodb";
import type { AppointmentDocument } from "../../adapters/outbound/mongo/mongo-appointment.repository";
import { bookingUseCases, useBookingDatabase } from "../../testing/booking-test-kit";
import type { BookAppointmentInput } from "./book-appointment.schema";

const publicActor: Actor = { kind: "system", component: "public-booking" };
let keyCounter = 0;

/** Monday 30 November 2026, 09:00 in Berlin (winter time) = 08:00Z. */
function aRequest(overrides: Partial<BookAppointmentInput> = {}): BookAppointmentInput {
  keyCounter++;
  return {
    idempotencyKey: `test-key-${keyCounter}-${Date.now()}`,
    serviceId: "svc-test",
    locationId: "loc-test",
    counsellorId: "cns-test",
    startsAt: "2026-11-30T08:00:00Z",
    channel: "in_person",
    client: { displayName: "Amina", phone: "0151 23456789", preferredLanguage: "ar", smsConsent: true },
    ...overrides,
  };
}

describe("booking an appointment on the real database", () => {
  const database = useBookingDatabase("book");
  let db: Db;
  const clockAt = { now: new Date("2026-11-25T10:00:00Z") };
  const bookAppointment = () => bookingUseCases(db, { now: () => clockAt.now }).book;

  beforeEach(async () => {
    // A fresh database per test: counts of "nothing written" start from zero.
    db = database().client.db(`${database().databaseName}_${++keyCounter}`);
    await Promise.resolve();
    clockAt.now = new Date("2026-11-25T10:00:00Z");
  });

  it("books with a name and a phone, claims counsellor and room with the buffer, and writes the booked event with it", async () => {
    const result = await bookAppointment().execute(aRequest(), publicActor);

    expect(result.replayed).toBe(false);
    expect(result.manageToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(result.appointment).toMatchObject({
      counsellorId: "cns-test",
      roomId: "room-test",
      interpreter: null, // the counsellor speaks Arabic
      time: {
        startsAt: "2026-11-30T08:00:00.000Z",
        endsAt: "2026-11-30T08:45:00.000Z",
        timeZone: "Europe/Berlin",
      },
      client: { phone: "+4915123456789", preferredLanguage: "ar" },
    });
    const stored = await db
      .collection<AppointmentDocument>("appointments")
      .findOne({ _id: result.appointment.appointmentId });
    expect(stored).toMatchObject({ status: "booked", version: 1, outboxPending: 1 });
    expect(stored?.manageTokenHash).not.toContain(result.manageToken);
    const event = (
      stored as unknown as { outbox: Array<{ envelope: { type: string; data: { manageUrl: string } } }> }
    ).outbox[0]?.envelope;
    expect(event?.type).toBe("appointment.booked");
    expect(event?.data.manageUrl).toContain(result.manageToken);
    // 45 minutes + 15 minutes buffer after = 12 units each for counsellor and room.
    expect(
      await db.collection("resource_claims").countDocuments({ owner: result.appointment.appointmentId }),
    ).toBe(24);
  });

  it("stores instants in UTC computed in Europe/Berlin across daylight-saving time", async () => {
    clockAt.now = new Date("2026-03-20T10:00:00Z");
    const summer = await bookAppointment().execute(
      aRequest({ startsAt: "2026-03-30T07:00:00Z" }),
      publicActor,
    );
    expect(summer.appointment.time.startsAt).toBe("2026-03-30T07:00:00.000Z"); // 09:00 CEST
    await expect(
      bookAppointment().execute(aRequest({ startsAt: "2026-03-30T08:00:00Z" }), publicActor),
    ).resolves.toBeDefined();
    await expect(
      bookAppointment().execute(aRequest({ startsAt: "2026-03-30T06:00:00Z" }), publicActor), // 08:00 CEST: before hours
    ).rejects.toMatchObject({ reason: "slot_outside_rules" });
  });

  it("replays a repeated request and refuses a reused key for another booking", async () => {
    const request = aRequest();
    const first = await bookAppointment().execute(request, publicActor);
    const again = await bookAppointment().execute(request, publicActor);
    expect(again).toMatchObject({ replayed: true, manageToken: null });
    expect(again.appointment.appointmentId).toBe(first.appointment.appointmentId);
    expect(await db.collection("appointments").countDocuments({})).toBe(1);

    await expect(
      bookAppointment().execute({ ...request, startsAt: "2026-11-30T09:00:00Z" }, publicActor),
    ).rejects.toMatchObject({ code: "CONFLICT", reason: "idempotency_key_reused" });
  });

  it("turns the same request sent twice at once into one appointment, with its claims intact", async () => {
    const useCase = bookAppointment();
    const request = aRequest();
    const results = await Promise.allSettled(
      Array.from({ length: 5 }, () => useCase.execute(request, publicActor)),
    );
    const fulfilled = results.flatMap((result) => (result.status === "fulfilled" ? [result.value] : []));
    expect(fulfilled.length).toBeGreaterThanOrEqual(1);
    expect(new Set(fulfilled.map((result) => result.appointment.appointmentId)).size).toBe(1);
    const appointmentId = fulfilled[0]!.appointment.appointmentId;
    expect(await db.collection("appointments").countDocuments({})).toBe(1);
    // A losing attempt cleans up only its own units, never the winner's (same owner).
    expect(await db.collection("resource_claims").countDocuments({ owner: appointmentId })).toBe(24);
  });

  it("lets exactly one of 200 parallel bookings of the same counsellor and time succeed", async () => {
    const useCase = bookAppointment();
    const results = await Promise.allSettled(
      Array.from({ length: 200 }, () => useCase.execute(aRequest(), publicActor)),
    );
    const succeeded = results.filter((result) => result.status === "fulfilled");
    const failed = results.flatMap((result) =>
      result.status === "rejected" ? [result.reason as AppError] : [],
    );
    expect(succeeded).toHaveLength(1);
    expect(failed.every((error) => error instanceof AppError && error.code === "CONFLICT")).toBe(true);
    expect(await db.collection("appointments").countDocuments({})).toBe(1);
  });

  it.each([
    [
      "an invalid phone",
      { client: { displayName: "A", phone: "0151 2", preferredLanguage: "ar", smsConsent: true } },
      "VALIDATION_FAILED",
      "phone_invalid",
    ],
    ["a past slot", { startsAt: "2026-11-23T08:00:00Z" }, "UNPROCESSABLE", "slot_in_past"],
    [
      "a slot outside working hours",
      { startsAt: "2026-11-30T12:00:00Z" },
      "UNPROCESSABLE",
      "slot_outside_rules",
    ],
    [
      "a slot off the 15-minute grid",
      { startsAt: "2026-11-30T08:05:00Z" },
      "UNPROCESSABLE",
      "slot_outside_rules",
    ],
    [
      "a slot beyond the horizon",
      { startsAt: "2027-02-01T08:00:00Z" },
      "UNPROCESSABLE",
      "slot_outside_rules",
    ],
    ["an unknown service", { serviceId: "svc-nope" }, "NOT_FOUND", "unknown_service"],
    ["a channel not offered", { channel: "video" }, "UNPROCESSABLE", "channel_not_offered"],
  ] as const)("refuses %s with a clear error and writes nothing", async (_what, overrides, code, reason) => {
    const attempt = bookAppointment().execute(aRequest(overrides), publicActor);
    await expect(attempt).rejects.toMatchObject({ code, reason });
    expect(await db.collection("appointments").countDocuments({})).toBe(0);
    expect(await db.collection("resource_claims").countDocuments({})).toBe(0);
  });

  it("refuses a public holiday of the location's state (Easter Monday)", async () => {
    clockAt.now = new Date("2027-03-20T10:00:00Z");
    await expect(
      bookAppointment().execute(aRequest({ startsAt: "2027-03-29T07:00:00Z" }), publicActor),
    ).rejects.toMatchObject({ reason: "slot_outside_rules" });
    await expect(
      bookAppointment().execute(aRequest({ startsAt: "2027-04-05T07:00:00Z" }), publicActor),
    ).resolves.toBeDefined();
  });
});
