import { anInterpreter } from "../../domain/directory/directory.mother";
import {
  aBookingRequest,
  bookingUseCases,
  testActor,
  useBookingDatabase,
} from "../../testing/booking-test-kit";

describe("finding free slots on the real database", () => {
  // The clock is Wednesday 25 November 2026; the test counsellor works Mondays 09:00-12:00.
  const db = useBookingDatabase("slots");
  const useCases = (directory = {}) => bookingUseCases(db(), { directory });

  it("offers Monday's slots in Berlin time, and a booked slot with its buffer disappears", async () => {
    const { find, book } = useCases();
    const before = await find.execute({ serviceId: "svc-test", days: 7 });
    const starts = before.map((offer) => offer.start);
    // 09:00-12:00 CET, 45 minutes + 15 buffer after, every 15 minutes: 09:00 … 11:00 local = 08:00Z … 10:00Z.
    expect(starts[0]).toBe("2026-11-30T08:00:00.000Z");
    expect(starts.at(-1)).toBe("2026-11-30T10:00:00.000Z");
    expect(starts).toHaveLength(9);

    await book.execute(aBookingRequest("slots-key-1", { startsAt: "2026-11-30T09:00:00Z" }), testActor);
    const after = (await find.execute({ serviceId: "svc-test", days: 7 })).map((offer) => offer.start);
    // Booked 09:00Z-09:45Z, claimed to 10:00Z: a 45+15 minute slot must end its buffer by 09:00Z or start at 10:00Z.
    expect(after).toEqual(["2026-11-30T08:00:00.000Z", "2026-11-30T10:00:00.000Z"]);
  });

  it("filters by language: interpreter needed, or no slot when nobody can interpret", async () => {
    const { find } = useCases();
    expect(
      (await find.execute({ serviceId: "svc-test", language: "ar", days: 7 }))[0]?.interpreterNeeded,
    ).toBe(false);
    expect(await find.execute({ serviceId: "svc-test", language: "fa", days: 7 })).toEqual([]);
    const withDari = useCases({ interpreters: [anInterpreter({ languages: { fa: ["Dari"] } })] });
    expect(
      (await withDari.find.execute({ serviceId: "svc-test", language: "fa", days: 7 }))[0]?.interpreterNeeded,
    ).toBe(true);
  });

  it("filters by channel and refuses an unknown service", async () => {
    const { find } = useCases();
    expect(await find.execute({ serviceId: "svc-test", channel: "video", days: 7 })).toEqual([]);
    await expect(find.execute({ serviceId: "svc-nope" })).rejects.toMatchObject({
      reason: "unknown_service",
    });
  });
});
