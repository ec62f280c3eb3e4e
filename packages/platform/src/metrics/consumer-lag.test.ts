import { consumerLag } from "./consumer-lag";

describe("consumer lag", () => {
  const ends = new Map([
    [
      "t.booking.appointments",
      [
        { partition: 0, low: "0", high: "120" },
        { partition: 1, low: "40", high: "50" },
        { partition: 2, low: "0", high: "7" },
      ],
    ],
  ]);

  it("is log end minus committed offset per partition; without a commit, everything retained", () => {
    const lag = consumerLag(
      [
        {
          topic: "t.booking.appointments",
          partitions: [
            { partition: 0, offset: "100" },
            { partition: 1, offset: "-1" },
            { partition: 2, offset: "7" },
          ],
        },
      ],
      ends,
    );
    expect(lag).toEqual([
      { topic: "t.booking.appointments", partition: 0, lag: 20 },
      { topic: "t.booking.appointments", partition: 1, lag: 10 },
      { topic: "t.booking.appointments", partition: 2, lag: 0 },
    ]);
  });

  it("never goes negative and skips partitions the broker did not report", () => {
    const lag = consumerLag(
      [
        {
          topic: "t.booking.appointments",
          partitions: [
            { partition: 0, offset: "130" },
            { partition: 9, offset: "1" },
          ],
        },
        { topic: "t.unknown", partitions: [{ partition: 0, offset: "1" }] },
      ],
      ends,
    );
    expect(lag).toEqual([{ topic: "t.booking.appointments", partition: 0, lag: 0 }]);
  });
});
