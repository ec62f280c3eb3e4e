import { erasureComplete } from "./erasure-request";

const confirmation = { at: new Date("2026-11-25T10:00:00Z"), clientIds: ["client-1"], recordsErased: 1 };

describe("erasure request", () => {
  it("is complete only when booking, referral and notify have all confirmed", () => {
    expect(erasureComplete({ confirmations: {} })).toBe(false);
    expect(erasureComplete({ confirmations: { booking: confirmation, referral: confirmation } })).toBe(false);
    expect(
      erasureComplete({
        confirmations: { booking: confirmation, referral: confirmation, notify: confirmation },
      }),
    ).toBe(true);
  });
});
