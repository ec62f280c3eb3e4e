import { createHash } from "node:crypto";
import { z } from "zod";
import { appointmentIdFor, requestFingerprint } from "./idempotent-appointment-id";

const key = Buffer.alloc(32, 7);

describe("idempotent appointment id", () => {
  it("is a stable UUID per scope and key", () => {
    const id = appointmentIdFor("public", "3b6f0c8e-key");
    expect(z.uuid().safeParse(id).success).toBe(true);
    expect(appointmentIdFor("public", "3b6f0c8e-key")).toBe(id);
    expect(appointmentIdFor("staff:cns-1", "3b6f0c8e-key")).not.toBe(id);
    expect(appointmentIdFor("public", "another-key")).not.toBe(id);
  });

  it("fingerprints requests independent of key order", () => {
    expect(requestFingerprint(key, { a: 1, b: { c: [1, 2], d: "x" } })).toBe(
      requestFingerprint(key, { b: { d: "x", c: [1, 2] }, a: 1 }),
    );
    expect(requestFingerprint(key, { a: 1 })).not.toBe(requestFingerprint(key, { a: 2 }));
  });

  it("is keyed: without the key, guessing the phone number and hashing the request finds nothing", () => {
    const request = { client: { displayName: "Amina", phone: "+4915123456789" } };
    const fingerprint = requestFingerprint(key, request);
    expect(fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(fingerprint).not.toBe(createHash("sha256").update(JSON.stringify(request)).digest("hex"));
    expect(requestFingerprint(Buffer.alloc(32, 8), request)).not.toBe(fingerprint);
  });
});
