import type { ErasureStatus } from "../../api/service-types";
import { ERASURE_POLL_MS, erasurePollInterval, erasureProgressOf } from "./erasure-progress";

const requested: ErasureStatus = {
  requestId: "req-1",
  requestedAt: "2026-11-25T10:00:00.000Z",
  confirmations: {},
  complete: false,
};

describe("an erasure's progress per service", () => {
  it("waits for every service until it confirms", () => {
    expect(erasureProgressOf(requested)).toEqual({
      services: [
        { service: "booking", state: "waiting" },
        { service: "referral", state: "waiting" },
        { service: "notify", state: "waiting" },
      ],
      confirmed: 0,
      complete: false,
    });
  });

  it("shows each confirmation with the records erased, in the page's order", () => {
    const progress = erasureProgressOf({
      ...requested,
      confirmations: {
        notify: { at: "2026-11-25T10:00:02.000Z", clientIds: ["client-a1"], recordsErased: 3 },
        booking: { at: "2026-11-25T10:00:01.000Z", clientIds: ["client-a1"], recordsErased: 1 },
      },
    });
    expect(progress.services).toEqual([
      { service: "booking", state: "confirmed", at: "2026-11-25T10:00:01.000Z", recordsErased: 1 },
      { service: "referral", state: "waiting" },
      { service: "notify", state: "confirmed", at: "2026-11-25T10:00:02.000Z", recordsErased: 3 },
    ]);
    expect(progress.confirmed).toBe(2);
    expect(progress.complete).toBe(false);
  });

  it("asks again every 2 s until booking says complete, then stops", () => {
    expect(erasurePollInterval(undefined)).toBe(ERASURE_POLL_MS);
    expect(erasurePollInterval(requested)).toBe(2_000);
    expect(erasurePollInterval({ ...requested, complete: true })).toBe(false);
  });
});
