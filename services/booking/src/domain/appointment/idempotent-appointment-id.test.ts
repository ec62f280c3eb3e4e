import { z } from "zod";
import { appointmentIdFor, requestFingerprint } from "./idempotent-appointment-id";

describe("idempotent appointment id", () => {
  it("is a stable UUID per scope and key", () => {
    const id = appointmentIdFor("public", "3b6f0c8e-key");
    expect(z.uuid().safeParse(id).success).toBe(true);
    expect(appointmentIdFor("public", "3b6f0c8e-key")).toBe(id);
    expect(appointmentIdFor("staff:cns-1", "3b6f0c8e-key")).not.toBe(id);
    expect(appointmentIdFor("public", "another-key")).not.toBe(id);
  });

  it("fingerprints requests independent of key order", () => {
    expect(requestFingerprint({ a: 1, b: { c: [1, 2], d: "x" } })).toBe(
      requestFingerprint({ b: { d: "x", c: [1, 2] }, a: 1 }),
    );
    expect(requestFingerprint({ a: 1 })).not.toBe(requestFingerprint({ a: 2 }));
  });
});
