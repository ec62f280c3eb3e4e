import { toE164 } from "./phone-number";

describe("toE164", () => {
  it("reads German numbers with or without the country code", () => {
    expect(toE164("0151 2345 6789")).toBe("+4915123456789");
    expect(toE164("+49 (151) 2345-6789")).toBe("+4915123456789");
    expect(toE164("0049 151 23456789")).toBe("+4915123456789");
    expect(toE164("+380 50 123 4567")).toBe("+380501234567");
  });

  it("refuses what cannot be a number", () => {
    expect(toE164("")).toBeNull();
    expect(toE164("0151")).toBeNull();
    expect(toE164("call me")).toBeNull();
  });
});
