import { EventEnvelopeSchema } from "./event-envelope";

const validEnvelope = {
  id: "3b1f8a52-6c1e-4c8e-9a39-2f1d1c0e5b7a",
  type: "appointment.booked",
  version: 1,
  occurredAt: "2026-03-20T09:15:00Z",
  source: "booking",
  subject: "appointment-0001",
  correlationId: "request-42",
  causationId: null,
  data: { anything: true },
};

describe("EventEnvelopeSchema", () => {
  it("accepts a well-formed envelope, whatever its data", () => {
    expect(EventEnvelopeSchema.safeParse(validEnvelope).success).toBe(true);
  });

  it("accepts an occurredAt with an offset", () => {
    const result = EventEnvelopeSchema.safeParse({
      ...validEnvelope,
      occurredAt: "2026-03-20T10:15:00+01:00",
    });
    expect(result.success).toBe(true);
  });

  it.each([
    ["a non-UUID id", { id: "42" }],
    ["a type that is not dotted lower case", { type: "AppointmentBooked" }],
    ["a version of zero", { version: 0 }],
    ["a fractional version", { version: 1.5 }],
    ["a local time without zone", { occurredAt: "2026-03-20T09:15:00" }],
    ["an empty subject", { subject: "" }],
    ["an empty source", { source: "" }],
  ])("rejects %s", (_case, change) => {
    expect(EventEnvelopeSchema.safeParse({ ...validEnvelope, ...change }).success).toBe(false);
  });

  it("rejects an envelope without a causationId (null must be said explicitly)", () => {
    const { causationId: _omitted, ...withoutCausation } = validEnvelope;
    expect(EventEnvelopeSchema.safeParse(withoutCausation).success).toBe(false);
  });
});
