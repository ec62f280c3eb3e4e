import type { SlotOffer } from "../../api/service-types";
import { slotsByDay } from "./slots-by-day";

function offer(start: string, counsellorId: string, interpreterNeeded = false): SlotOffer {
  return {
    start,
    end: new Date(new Date(start).getTime() + 45 * 60_000).toISOString(),
    locationId: "loc-1",
    counsellorId,
    counsellorName: counsellorId,
    interpreterNeeded,
    seatsLeft: null,
  };
}

describe("slotsByDay", () => {
  it("groups by the Berlin day, not the UTC day", () => {
    // 23:30 UTC on 28 March is 00:30 on 29 March in Berlin (winter time, UTC+1).
    const days = slotsByDay([offer("2026-03-28T23:30:00.000Z", "a"), offer("2026-03-28T09:00:00.000Z", "a")]);
    expect(days.map((day) => day.date)).toEqual(["2026-03-28", "2026-03-29"]);
  });

  it("shows one button per time, preferring a counsellor who speaks the language", () => {
    const [day] = slotsByDay([
      offer("2026-04-01T08:00:00.000Z", "with-interpreter", true),
      offer("2026-04-01T08:00:00.000Z", "speaks-it"),
    ]);
    expect(day?.offers.map((kept) => kept.counsellorId)).toEqual(["speaks-it"]);
  });
});
