import { anAppointmentBookedEvent } from "../testing";
import { decodeEventEnvelope } from "./decode-event-envelope";

describe("decodeEventEnvelope", () => {
  it("returns a typed event that narrows by type", () => {
    const result = decodeEventEnvelope(JSON.parse(JSON.stringify(anAppointmentBookedEvent())));
    if (!result.ok) throw new Error(`expected ok, got ${result.reason}`);
    const { event } = result;
    if (event.type !== "appointment.booked") throw new Error(`unexpected ${event.type}`);
    expect(event.data.client.preferredLanguage).toBe("ar");
  });

  it("says 'invalid_envelope' for something that is not an envelope", () => {
    expect(decodeEventEnvelope({ hello: "world" })).toMatchObject({ ok: false, reason: "invalid_envelope" });
  });

  it("says 'unknown_event' for a version this build does not know", () => {
    const future = { ...anAppointmentBookedEvent(), version: 2 };
    expect(decodeEventEnvelope(future)).toEqual({
      ok: false,
      reason: "unknown_event",
      type: "appointment.booked",
      version: 2,
    });
  });

  it("says 'invalid_payload' for a known event with a broken payload", () => {
    const event = anAppointmentBookedEvent();
    const broken = { ...event, data: { ...event.data, appointmentId: "" } };
    expect(decodeEventEnvelope(broken)).toMatchObject({ ok: false, reason: "invalid_payload" });
  });

  it("ignores fields it does not know, so producers can add optional ones", () => {
    const event = anAppointmentBookedEvent();
    const result = decodeEventEnvelope({ ...event, data: { ...event.data, addedLater: true } });
    expect(result.ok).toBe(true);
  });
});
