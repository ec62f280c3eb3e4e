import { aRoom, aService } from "../../domain/directory/directory.mother";
import {
  aBookingRequest,
  bookingUseCases,
  testActor,
  useBookingDatabase,
} from "../../testing/booking-test-kit";

/** The test service as a group session for 5 people, with a room big enough. */
const groupDirectory = {
  services: [aService({ groupCapacity: 5 })],
  rooms: [aRoom({ capacity: 8 })],
};
const request = (key: string, startsAt = "2026-11-30T08:00:00Z") =>
  aBookingRequest(`group-key-${key}`, {
    startsAt,
    client: { displayName: `Client ${key}`, phone: null, preferredLanguage: "de", smsConsent: false },
  });

describe("group sessions on the real database", () => {
  const db = useBookingDatabase("group-sessions");

  it("seats exactly the capacity when more people book the same session at once", async () => {
    const uc = bookingUseCases(db(), { directory: groupDirectory });
    const results = await Promise.allSettled(
      Array.from({ length: 8 }, (_, index) => uc.book.execute(request(`grp-${index}`), testActor)),
    );
    const booked = results.filter((result) => result.status === "fulfilled");
    const refused = results.filter((result) => result.status === "rejected");
    expect(booked).toHaveLength(5);
    expect(refused.map((result) => result.reason as { code: string; reason: string })).toEqual(
      Array.from({ length: 3 }, () => ({ code: "CONFLICT", reason: "session_full" })).map(
        (expected) => expect.objectContaining(expected) as unknown,
      ),
    );
    const session = await uc.groupSessions.findById("group:svc-test:cns-test:2026-11-30T08:00:00.000Z");
    expect(session?.participants).toHaveLength(5);
    // Everyone is in the same room with the same counsellor.
    const rooms = new Set(
      booked.map(
        (result) =>
          (result as PromiseFulfilledResult<{ appointment: { roomId: string | null } }>).value.appointment
            .roomId,
      ),
    );
    expect([...rooms]).toEqual(["room-test"]);
  });

  it("shows seats left, frees a seat on cancellation, and frees the counsellor when the last one leaves", async () => {
    const uc = bookingUseCases(db(), { directory: groupDirectory });
    const startsAt = "2026-12-07T08:00:00Z";
    const first = await uc.book.execute(request("grp-a", startsAt), testActor);
    const second = await uc.book.execute(request("grp-b", startsAt), testActor);
    const offers = await uc.findFreeSlots.execute({
      serviceId: "svc-test",
      from: "2026-12-07T00:00:00Z",
      days: 1,
    });
    expect(offers.find((offer) => offer.start === "2026-12-07T08:00:00.000Z")?.seatsLeft).toBe(3);
    // A slot overlapping the session with the same counsellor is not offered, a later free one is.
    expect(offers.find((offer) => offer.start === "2026-12-07T08:15:00.000Z")).toBeUndefined();
    expect(offers.some((offer) => offer.seatsLeft === 5)).toBe(true);

    await uc.cancel.byClient({
      appointmentId: first.appointment.appointmentId,
      manageToken: first.manageToken!,
    });
    const afterOne = await uc.findFreeSlots.execute({
      serviceId: "svc-test",
      from: "2026-12-07T00:00:00Z",
      days: 1,
    });
    expect(afterOne.find((offer) => offer.start === "2026-12-07T08:00:00.000Z")?.seatsLeft).toBe(4);
    await expect(
      uc.reschedule.byClient({
        appointmentId: second.appointment.appointmentId,
        manageToken: second.manageToken!,
        startsAt: "2026-12-07T10:00:00Z",
      }),
    ).rejects.toMatchObject({ reason: "group_session_not_movable" });
    await uc.cancel.byClient({
      appointmentId: second.appointment.appointmentId,
      manageToken: second.manageToken!,
    });
    expect(
      await uc.claims.busyIntervals(
        { kind: "counsellor", id: "cns-test" },
        new Date("2026-12-07T00:00:00Z"),
        new Date("2026-12-08T00:00:00Z"),
      ),
    ).toEqual([]);
    expect(await uc.groupSessions.findById("group:svc-test:cns-test:2026-12-07T08:00:00.000Z")).toBeNull();
  });

  it("keeps a session's time from the sweeper while it has participants", async () => {
    const uc = bookingUseCases(db(), { directory: groupDirectory, now: new Date("2026-11-25T12:00:00Z") });
    await uc.book.execute(request("grp-sweep", "2026-12-14T08:00:00Z"), testActor);
    await uc.sweep.execute();
    const later = bookingUseCases(db(), { directory: groupDirectory, now: new Date("2026-11-25T13:00:00Z") });
    await later.sweep.execute();
    expect(
      await uc.claims.busyIntervals(
        { kind: "counsellor", id: "cns-test" },
        new Date("2026-12-14T00:00:00Z"),
        new Date("2026-12-15T00:00:00Z"),
      ),
    ).not.toEqual([]);
  });
});
