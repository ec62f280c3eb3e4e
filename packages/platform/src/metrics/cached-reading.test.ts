import { CachedReading } from "./cached-reading";

describe("a cached reading for scrapes", () => {
  it("reads once per ttl, however many scrapes ask", async () => {
    let now = 0;
    let reads = 0;
    const reading = new CachedReading({
      read: () => Promise.resolve(++reads),
      ttlMs: 5_000,
      timeoutMs: 1_000,
      now: () => now,
    });
    expect(await Promise.all([reading.get(), reading.get()])).toEqual([1, 1]);
    now = 4_999;
    expect(await reading.get()).toBe(1);
    now = 5_000;
    expect(await reading.get()).toBe(2);
    expect(reads).toBe(2);
  });

  it("serves the last good reading when a read fails or is too slow", async () => {
    let now = 0;
    let mode: "ok" | "fail" | "hang" = "ok";
    const reading = new CachedReading({
      read: () =>
        mode === "ok"
          ? Promise.resolve(7)
          : mode === "fail"
            ? Promise.reject(new Error("database down"))
            : new Promise<number>(() => undefined),
      ttlMs: 10,
      timeoutMs: 20,
      now: () => now,
    });
    expect(await reading.get()).toBe(7);
    mode = "fail";
    now = 100;
    expect(await reading.get()).toBe(7);
    mode = "hang";
    now = 200;
    const started = Date.now();
    expect(await reading.get()).toBe(7);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it("is undefined before the first good reading", async () => {
    const reading = new CachedReading<number>({
      read: () => Promise.reject(new Error("broker down")),
      ttlMs: 10,
      timeoutMs: 20,
    });
    expect(await reading.get()).toBeUndefined();
  });
});
