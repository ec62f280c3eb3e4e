import { randomBytes } from "node:crypto";
import { PhoneIndexer } from "./phone-index";

describe("phone index", () => {
  const masterKey = randomBytes(32);

  it("gives one number the same index in every process with the same master key", () => {
    const index = new PhoneIndexer(masterKey).of("+4915123987654");
    expect(index).toMatch(/^[0-9a-f]{64}$/);
    expect(new PhoneIndexer(Buffer.from(masterKey)).of("+4915123987654")).toBe(index);
    expect(index).not.toContain("15123987654");
  });

  it("tells numbers apart, and depends on the master key (no dictionary without it)", () => {
    const indexer = new PhoneIndexer(masterKey);
    expect(indexer.of("+4915123987654")).not.toBe(indexer.of("+4915123987655"));
    expect(new PhoneIndexer(randomBytes(32)).of("+4915123987654")).not.toBe(indexer.of("+4915123987654"));
  });
});
