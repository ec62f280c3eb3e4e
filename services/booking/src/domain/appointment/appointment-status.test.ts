import { assertReschedulable, assertTransition, canTransition } from "./appointment-status";

describe("appointment status", () => {
  it("allows the day's flow: booked → checked in → completed", () => {
    expect(canTransition("booked", "checked_in")).toBe(true);
    expect(canTransition("checked_in", "completed")).toBe(true);
    expect(canTransition("booked", "no_show")).toBe(true);
  });

  it("treats cancelled, completed and no-show as final", () => {
    for (const final of ["cancelled", "completed", "no_show"] as const) {
      for (const next of ["booked", "checked_in", "completed", "no_show", "cancelled"] as const) {
        expect(canTransition(final, next)).toBe(false);
      }
    }
    expect(() => assertTransition("cancelled", "checked_in")).toThrow(
      expect.objectContaining({ code: "PRECONDITION_FAILED", reason: "appointment_cancelled" }) as Error,
    );
  });

  it("turns a hold into an appointment or lets it go, nothing else", () => {
    expect(canTransition("held", "booked")).toBe(true);
    expect(canTransition("held", "released")).toBe(true);
    expect(canTransition("held", "checked_in")).toBe(false);
    expect(canTransition("held", "cancelled")).toBe(false);
    expect(canTransition("released", "booked")).toBe(false);
    expect(canTransition("booked", "released")).toBe(false);
  });

  it("moves only booked appointments", () => {
    expect(() => assertReschedulable("booked")).not.toThrow();
    expect(() => assertReschedulable("held")).toThrow(
      expect.objectContaining({ reason: "appointment_held" }) as Error,
    );
    expect(() => assertReschedulable("cancelled")).toThrow(
      expect.objectContaining({ reason: "appointment_cancelled" }) as Error,
    );
  });
});
