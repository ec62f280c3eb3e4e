import fc from "fast-check";
import { type AppointmentFact, followAppointment } from "./follow-appointment";
import { aReception, anAcceptedReferral } from "./referral.mother";
import type { Referral } from "./referral";
import { canTransition, finalStatuses, isFinal, ReferralStatusSchema } from "./referral-status";

/**
 * Issue 7, property tests of the referral's state machines: the status table (finals are
 * absorbing, every status is reachable from a draft) and the closed loop (a referral follows
 * any in-order life of its appointment to the status that life implies, and a redelivered
 * event changes nothing).
 */
const statuses = ReferralStatusSchema.options;

describe("the referral's status table (property)", () => {
  it("never leaves a final status, and a random walk only takes allowed steps", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...statuses), { maxLength: 30 }), (attempts) => {
        let status: (typeof statuses)[number] = "draft";
        for (const next of attempts) {
          if (!canTransition(status, next)) continue;
          expect(isFinal(status)).toBe(false);
          status = next;
        }
        if (isFinal(status)) expect(statuses.filter((to) => canTransition(status, to))).toEqual([]);
      }),
    );
  });

  it("reaches every status from a draft", () => {
    const reached = new Set<string>(["draft"]);
    for (let round = 0; round < statuses.length; round++)
      for (const from of [...reached])
        for (const to of statuses) if (canTransition(from as never, to)) reached.add(to);
    expect([...reached].sort()).toEqual([...statuses].sort());
    expect(finalStatuses.length).toBeGreaterThan(0);
  });
});

/**
 * One appointment's life, in booking's order: booked, moved 0–3 times, then how it ended,
 * including a check-in that reception corrected to a no-show (booking allows it).
 */
const appointmentLife = fc
  .tuple(
    fc.integer({ min: 0, max: 3 }),
    fc.constantFrom("open", "checked_in", "completed", "no_show", "corrected_to_no_show", "cancelled"),
  )
  .map(([moves, ending]) => {
    const kinds: AppointmentFact["kind"][] = ["booked", ...Array<"rescheduled">(moves).fill("rescheduled")];
    if (ending === "checked_in") kinds.push("checked_in");
    if (ending === "completed") kinds.push("checked_in", "completed");
    if (ending === "no_show") kinds.push("no_show");
    if (ending === "corrected_to_no_show") kinds.push("checked_in", "no_show");
    if (ending === "cancelled") kinds.push("cancelled");
    return { kinds, ending };
  });

function factsOf(kinds: AppointmentFact["kind"][]): AppointmentFact[] {
  return kinds.map((kind, index) => ({
    kind,
    appointmentId: "appointment-property",
    startsAt: `2026-12-${String(10 + index).padStart(2, "0")}T09:00:00Z`,
    actor: aReception,
    at: new Date(Date.UTC(2026, 10, 20, 10, index)).toISOString(),
    ...(kind === "cancelled" ? { cancellationReason: "client_request" as const } : {}),
  }));
}

const expectedStatus: Record<string, Referral["status"]> = {
  open: "scheduled",
  checked_in: "attended",
  completed: "attended",
  no_show: "not_attended",
  corrected_to_no_show: "not_attended",
  cancelled: "accepted",
};

describe("an accepted referral following its appointment (property)", () => {
  it("ends where the appointment's life implies, and a redelivered event changes nothing", () => {
    fc.assert(
      fc.property(
        appointmentLife,
        fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
        (life, redeliver) => {
          let referral = anAcceptedReferral();
          for (const [index, fact] of factsOf(life.kinds).entries()) {
            referral = followAppointment(referral, fact).referral;
            if (redeliver[index]) {
              const again = followAppointment(referral, fact);
              expect(again.facts).toEqual([]);
              expect(again.referral).toEqual(referral);
            }
          }
          expect(referral.status).toBe(expectedStatus[life.ending]);
          expect(referral.appointment?.appointmentId).toBe("appointment-property");
        },
      ),
    );
  });
});
