import { computeFreeSlots } from "@counselling/booking/availability";
import { monthOfTenCounsellors } from "@counselling/booking/availability/fixtures";
import type { Benchmark } from "../benchmark";
import { percentile } from "../measure";

/**
 * The pure slot computation behind an availability query: 10 counsellors over
 * 30 days (with holidays, a daylight-saving switch, bookings and absences).
 * Measured warm, as a running service answers it.
 */
export const availabilityBenchmark: Benchmark = {
  name: "availability",
  run() {
    const queries = monthOfTenCounsellors();
    const all = () => queries.reduce((count, query) => count + computeFreeSlots(query).length, 0);
    for (let warmUp = 0; warmUp < 20; warmUp++) all();
    const samples: number[] = [];
    let slots = 0;
    for (let run = 0; run < 200; run++) {
      const begin = performance.now();
      slots = all();
      samples.push(performance.now() - begin);
    }
    return Promise.resolve([
      {
        benchmark: "availability",
        figure: `free slots, 10 counsellors × 30 days (${slots} slots), p50`,
        value: percentile(samples, 50),
        unit: "ms",
      },
      {
        benchmark: "availability",
        figure: "free slots, 10 counsellors × 30 days, p99",
        value: percentile(samples, 99),
        unit: "ms",
      },
    ]);
  },
};
