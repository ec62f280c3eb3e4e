import { type FederalState } from "@counselling/contracts";
import { computeFreeSlots } from "./compute-free-slots";
import { aFreeSlotQuery, hoursOn, startsOf } from "./free-slot-query.mother";

// Every day 09:00–12:00 local (the holidays below fall on a Saturday and a Wednesday).
const everyMorning = hoursOn([1, 2, 3, 4, 5, 6, 7], ["09:00", "12:00"]);

function slotsOn(federalState: FederalState, from: string, to: string) {
  return computeFreeSlots(
    aFreeSlotQuery({ federalState, from, to, locationHours: everyMorning, counsellorHours: everyMorning }),
  );
}

describe("computeFreeSlots: public holidays of the Land", () => {
  describe("Reformationstag, Saturday 2026-10-31", () => {
    const reformationDay = ["2026-10-30T23:00:00Z", "2026-10-31T23:00:00Z"] as const;

    it.each<FederalState>(["DE-SN", "DE-ST", "DE-TH"])("offers nothing in %s", (federalState) => {
      expect(slotsOn(federalState, ...reformationDay)).toEqual([]);
    });

    it("offers the Saturday's hours in DE-BY, where it is a working day", () => {
      expect(startsOf(slotsOn("DE-BY", ...reformationDay))).toEqual([
        "2026-10-31T08:00",
        "2026-10-31T09:00",
        "2026-10-31T10:00",
      ]);
    });
  });

  describe("Buß- und Bettag, Wednesday 2026-11-18", () => {
    const dayOfRepentance = ["2026-11-17T23:00:00Z", "2026-11-18T23:00:00Z"] as const;

    it("offers nothing in DE-SN", () => {
      expect(slotsOn("DE-SN", ...dayOfRepentance)).toEqual([]);
    });

    it.each<FederalState>(["DE-ST", "DE-TH"])("offers the day's hours in %s", (federalState) => {
      expect(startsOf(slotsOn(federalState, ...dayOfRepentance))).toEqual([
        "2026-11-18T08:00",
        "2026-11-18T09:00",
        "2026-11-18T10:00",
      ]);
    });
  });

  it("closes the whole local day only: the days around a holiday stay open", () => {
    const threeDays = slotsOn("DE-SN", "2026-11-16T23:00:00Z", "2026-11-19T23:00:00Z");
    expect(new Set(threeDays.map((slot) => slot.start.slice(0, 10)))).toEqual(
      new Set(["2026-11-17", "2026-11-19"]),
    );
  });
});
