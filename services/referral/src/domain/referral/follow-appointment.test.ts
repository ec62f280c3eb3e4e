import { type Actor, ReferralUnscheduledV1 } from "@counselling/contracts";
import { type AppointmentFact, followAppointment } from "./follow-appointment";
import { acceptReferral } from "./intake-decisions";
import {
  aReception,
  anAcceptedReferral,
  anIntake,
  aReceivedReferral,
  by,
  theAcceptingService,
} from "./referral.mother";
import type { Referral } from "./referral";

const reception: Actor = aReception;

function fact(kind: AppointmentFact["kind"], overrides: Partial<AppointmentFact> = {}): AppointmentFact {
  return {
    kind,
    appointmentId: "appointment-0001",
    startsAt: "2026-11-26T09:00:00Z",
    actor: reception,
    at: {
      booked: "2026-11-19T10:00:00Z",
      rescheduled: "2026-11-20T10:00:00Z",
      checked_in: "2026-11-26T08:55:00Z",
      completed: "2026-11-26T10:00:00Z",
      no_show: "2026-11-26T10:00:00Z",
      cancelled: "2026-11-20T11:00:00Z",
    }[kind],
    ...overrides,
  };
}

function apply(referral: Referral, ...facts: AppointmentFact[]) {
  const types: string[] = [];
  let current = referral;
  for (const next of facts) {
    const change = followAppointment(current, next);
    current = change.referral;
    types.push(...change.facts.map((f) => f.type));
  }
  return { referral: current, types };
}

describe("following the appointment made for the referral", () => {
  it("closes the loop: booked → scheduled, checked in → attended, completed changes nothing more", () => {
    const { referral, types } = apply(
      anAcceptedReferral(),
      fact("booked"),
      fact("checked_in"),
      fact("completed"),
    );
    expect(referral.status).toBe("attended");
    expect(types).toEqual(["referral.scheduled", "referral.attended"]);
    expect(referral.timeline.at(-1)).toMatchObject({
      to: "attended",
      actor: reception,
      at: "2026-11-26T08:55:00.000Z",
    });
  });

  it("marks a no-show as not attended", () => {
    const { referral, types } = apply(anAcceptedReferral(), fact("booked"), fact("no_show"));
    expect(referral.status).toBe("not_attended");
    expect(types).toEqual(["referral.scheduled", "referral.not_attended"]);
  });

  it("follows a check-in corrected to a no-show: attended, then not attended", () => {
    const { referral, types } = apply(
      anAcceptedReferral(),
      fact("booked"),
      fact("checked_in"),
      fact("no_show", { at: "2026-11-26T09:20:00Z" }),
    );
    expect(referral.status).toBe("not_attended");
    expect(types).toEqual(["referral.scheduled", "referral.attended", "referral.not_attended"]);
    expect(referral.timeline.at(-1)).toMatchObject({ from: "attended", to: "not_attended" });
  });

  it("applies duplicates once", () => {
    const { referral, types } = apply(
      anAcceptedReferral(),
      fact("booked"),
      fact("booked"),
      fact("checked_in"),
      fact("checked_in"),
    );
    expect(types).toEqual(["referral.scheduled", "referral.attended"]);
    expect(referral.timeline.filter((entry) => entry.to === "scheduled")).toHaveLength(1);
  });

  it("remembers an appointment booked and checked in before acceptance, and catches up on accept", () => {
    const parked = apply(aReceivedReferral(), fact("booked"), fact("checked_in"));
    expect(parked.referral.status).toBe("received");
    expect(parked.types).toEqual([]);
    const accepted = acceptReferral(
      parked.referral,
      theAcceptingService,
      by(anIntake, "2026-11-26T12:00:00Z"),
    );
    expect(accepted.referral.status).toBe("attended");
    expect(accepted.facts.map((f) => f.type)).toEqual([
      "referral.accepted",
      "referral.scheduled",
      "referral.attended",
    ]);
  });

  it("goes back to accepted when the appointment is cancelled, says so, and schedules again with a new one", () => {
    const cancelled = apply(
      anAcceptedReferral(),
      fact("booked"),
      fact("cancelled", { cancellationReason: "interpreter_unavailable" }),
      fact("cancelled", { cancellationReason: "interpreter_unavailable" }),
    );
    expect(cancelled.referral.status).toBe("accepted");
    expect(cancelled.types).toEqual(["referral.scheduled", "referral.unscheduled"]);
    const unscheduled = followAppointment(
      apply(anAcceptedReferral(), fact("booked")).referral,
      fact("cancelled", { cancellationReason: "interpreter_unavailable" }),
    ).facts[0];
    expect(unscheduled).toEqual({
      type: "referral.unscheduled",
      data: {
        referralId: "referral-0001",
        actor: reception,
        at: "2026-11-20T11:00:00.000Z",
        appointmentId: "appointment-0001",
        reason: "interpreter_unavailable",
      },
    });
    expect(ReferralUnscheduledV1.data.safeParse(unscheduled?.data).success).toBe(true);
    const rebooked = apply(
      cancelled.referral,
      fact("booked", { appointmentId: "appointment-0002", at: "2026-11-21T09:00:00Z" }),
    );
    expect(rebooked.referral).toMatchObject({
      status: "scheduled",
      appointment: { appointmentId: "appointment-0002" },
    });
  });

  it("announces a moved appointment again, and ignores late events of a replaced one", () => {
    const moved = apply(
      anAcceptedReferral(),
      fact("booked"),
      fact("rescheduled", { startsAt: "2026-11-27T09:00:00Z" }),
    );
    expect(moved.types).toEqual(["referral.scheduled", "referral.scheduled"]);
    expect(moved.referral.appointment?.startsAt).toBe("2026-11-27T09:00:00Z");

    const newer = fact("booked", { appointmentId: "appointment-0002", at: "2026-11-21T09:00:00Z" });
    const older = fact("booked", { appointmentId: "appointment-0001", at: "2026-11-19T10:00:00Z" });
    const lateOldCancel = fact("cancelled", { appointmentId: "appointment-0001" });
    const { referral } = apply(anAcceptedReferral(), newer, older, lateOldCancel);
    expect(referral).toMatchObject({
      status: "scheduled",
      appointment: { appointmentId: "appointment-0002" },
    });
  });

  it("does not move a final referral", () => {
    const accepted = anAcceptedReferral();
    const cancelled: Referral = { ...accepted, status: "cancelled" };
    expect(apply(cancelled, fact("booked"), fact("checked_in")).referral.status).toBe("cancelled");
  });
});
