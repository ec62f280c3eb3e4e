import fc from "fast-check";
import { DateTime } from "luxon";
import { computeFreeSlots } from "./compute-free-slots";
import { freeSlotQueryArbitrary } from "./free-slot-query.arbitrary";
import { FreeSlotQuerySchema } from "./free-slot-query";
import { intervalsOverlap } from "./intervals-overlap";
import { isPublicHoliday } from "./public-holidays";
import { referenceFreeSlotStarts, workingMinuteMask } from "./reference-free-slots.oracle";

const MINUTE = 60_000;

// Each property takes 1–2 s on an idle machine; on a busy two-core CI runner (or beside
// another test run) that can pass jest's 5 s default. A slow run is not a failure here.
jest.setTimeout(30_000);

describe("computeFreeSlots (properties over random hours, rules, busy time and absences)", () => {
  it("returns sorted, unique slots of the rule's duration", () => {
    fc.assert(
      fc.property(freeSlotQueryArbitrary, (input) => {
        const slots = computeFreeSlots(input);
        const starts = slots.map((slot) => Date.parse(slot.start));
        for (let i = 1; i < starts.length; i++) expect(starts[i]).toBeGreaterThan(starts[i - 1]!);
        for (const slot of slots) {
          expect(Date.parse(slot.end) - Date.parse(slot.start)).toBe(input.rules.durationMinutes * MINUTE);
        }
      }),
    );
  });

  it("keeps every slot, widened by its buffers, clear of busy time and absences", () => {
    fc.assert(
      fc.property(freeSlotQueryArbitrary, (input) => {
        const { rules } = FreeSlotQuerySchema.parse(input);
        const blocked = [...input.busy, ...input.absences].map((b) => ({
          start: Date.parse(b.start),
          end: Date.parse(b.end),
        }));
        for (const slot of computeFreeSlots(input)) {
          const widened = {
            start: Date.parse(slot.start) - rules.bufferBeforeMinutes * MINUTE,
            end: Date.parse(slot.end) + rules.bufferAfterMinutes * MINUTE,
          };
          for (const block of blocked) expect(intervalsOverlap(widened, block)).toBe(false);
        }
      }),
    );
  });

  it("puts every slot with its buffers inside location and counsellor hours, on a working day, in the window", () => {
    fc.assert(
      fc.property(freeSlotQueryArbitrary, (input) => {
        const query = FreeSlotQuerySchema.parse(input);
        const { rules } = query;
        const now = Date.parse(query.now);
        for (const slot of computeFreeSlots(input)) {
          const start = Date.parse(slot.start);
          const widenedStart = DateTime.fromMillis(start - rules.bufferBeforeMinutes * MINUTE, {
            zone: query.timeZone,
          });
          const widenedEnd = DateTime.fromMillis(Date.parse(slot.end) + rules.bufferAfterMinutes * MINUTE, {
            zone: query.timeZone,
          });
          const date = widenedStart.toISODate() ?? "";
          expect(widenedEnd.toISODate()).toBe(date); // hours end by 22:00 in these queries
          expect(isPublicHoliday(query.federalState, date)).toBe(false);
          const first = widenedStart.hour * 60 + widenedStart.minute;
          const last = widenedEnd.hour * 60 + widenedEnd.minute;
          const mask = workingMinuteMask(query, date, widenedStart.weekday);
          expect(mask.slice(first, last).every(Boolean)).toBe(true);
          expect(start).toBeGreaterThanOrEqual(
            Math.max(Date.parse(query.from), now + rules.minimumNoticeMinutes * MINUTE),
          );
          expect(start).toBeLessThan(Date.parse(query.to));
          const horizon = DateTime.fromMillis(now, { zone: query.timeZone }).plus({
            days: rules.horizonDays,
          });
          expect(start).toBeLessThan(horizon.toMillis());
        }
      }),
    );
  });

  it("finds exactly the slots of the minute-by-minute reference", () => {
    fc.assert(
      fc.property(freeSlotQueryArbitrary, (input) => {
        const expected = referenceFreeSlotStarts(FreeSlotQuerySchema.parse(input)).map((t) =>
          new Date(t).toISOString(),
        );
        expect(computeFreeSlots(input).map((slot) => slot.start)).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });
});
