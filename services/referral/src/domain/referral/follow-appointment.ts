import type { Actor, CancellationReason } from "@counselling/contracts";
import { type Attribution, moveTo } from "./apply-transition";
import type { LinkedAppointment, Referral } from "./referral";
import type { ReferralChange, ReferralFact } from "./referral-facts";
import type { ReferralStatus } from "./referral-status";

/** An appointment event for this referral, reduced to what the referral follows. */
export interface AppointmentFact {
  kind: "booked" | "rescheduled" | "checked_in" | "completed" | "no_show" | "cancelled";
  appointmentId: string;
  startsAt: string;
  actor: Actor;
  at: string;
  /** Booking's reason, for a cancellation. */
  cancellationReason?: CancellationReason;
}

/** The statuses in which a referral follows its appointment; before acceptance it only remembers it. */
const followingStatuses: readonly ReferralStatus[] = ["accepted", "scheduled", "attended", "not_attended"];

/**
 * Applies an appointment event. The appointment is remembered in any status, so the
 * referral catches up once accepted; a status follows it only from acceptance on.
 * Booking's events of one appointment arrive in order (keyed by appointment id), but
 * those of two appointments may not: a late event of a replaced appointment is ignored.
 * Applying the same fact twice changes nothing.
 */
export function followAppointment(referral: Referral, fact: AppointmentFact): ReferralChange {
  const linked = linkAppointment(referral.appointment, fact);
  if (linked === referral.appointment) return { referral, facts: [] };
  const changedTime =
    referral.appointment?.appointmentId !== linked.appointmentId ||
    referral.appointment.startsAt !== linked.startsAt;
  return catchUpWithAppointment({ ...referral, appointment: linked }, changedTime);
}

function linkAppointment(current: LinkedAppointment | null, fact: AppointmentFact): LinkedAppointment {
  const isCurrent = current?.appointmentId === fact.appointmentId;
  if (fact.kind === "booked" || fact.kind === "rescheduled") {
    const replacesCurrent =
      !current ||
      isCurrent ||
      current.status === "cancelled" ||
      Date.parse(fact.at) > Date.parse(current.bookedAt);
    if (!replacesCurrent) return current;
    const booking = isCurrent
      ? { bookedAt: current.bookedAt, bookedBy: current.bookedBy }
      : { bookedAt: fact.at, bookedBy: fact.actor };
    const next: LinkedAppointment = {
      appointmentId: fact.appointmentId,
      status: "booked",
      startsAt: fact.startsAt,
      ...booking,
      lastActor: fact.actor,
      lastAt: fact.at,
      cancellationReason: null,
    };
    return sameAppointmentState(current, next) ? (current as LinkedAppointment) : next;
  }
  if (!current || !isCurrent) return current as LinkedAppointment; // stale or unknown: nothing to follow
  const status = fact.kind === "completed" && current.status === "checked_in" ? "completed" : fact.kind;
  if (current.status === status) return current;
  const cancellationReason = status === "cancelled" ? (fact.cancellationReason ?? "other") : null;
  return { ...current, status, lastActor: fact.actor, lastAt: fact.at, cancellationReason };
}

function sameAppointmentState(current: LinkedAppointment | null, next: LinkedAppointment): boolean {
  return (
    current !== null &&
    current.appointmentId === next.appointmentId &&
    current.status === next.status &&
    current.startsAt === next.startsAt
  );
}

/**
 * Moves the referral as far as its appointment has got, one recorded transition per
 * step (accepted → scheduled → attended), each attributed to whoever did it in booking.
 * `changedTime`: the appointment is new or moved, so a scheduled referral announces it again.
 */
export function catchUpWithAppointment(referral: Referral, changedTime: boolean): ReferralChange {
  const appointment = referral.appointment;
  if (!appointment || !followingStatuses.includes(referral.status)) return { referral, facts: [] };
  const booking: Attribution = { actor: appointment.bookedBy, at: new Date(appointment.bookedAt) };
  const latest: Attribution = { actor: appointment.lastActor, at: new Date(appointment.lastAt) };
  const appointmentId = appointment.appointmentId;
  let current = referral;
  const facts: ReferralFact[] = [];
  const step = (to: ReferralStatus, by: Attribution, fact: ReferralFact["type"] | null): void => {
    current = moveTo(current, to, by);
    const base = { referralId: current.referralId, actor: by.actor, at: by.at.toISOString() };
    if (fact === "referral.scheduled")
      facts.push({ type: fact, data: { ...base, appointmentId, startsAt: appointment.startsAt } });
    if (fact === "referral.attended" || fact === "referral.not_attended")
      facts.push({ type: fact, data: { ...base, appointmentId } });
    if (fact === "referral.unscheduled")
      facts.push({
        type: fact,
        data: { ...base, appointmentId, reason: appointment.cancellationReason ?? "other" },
      });
  };

  const wasScheduledBefore = current.status === "scheduled";
  if (appointment.status === "cancelled") {
    // Back to accepted: the receiving service still has the client and may book again.
    if (current.status === "scheduled") step("accepted", latest, "referral.unscheduled");
    return { referral: current, facts };
  }
  if (current.status === "accepted" || (current.status === "not_attended" && changedTime)) {
    step("scheduled", appointment.status === "booked" ? latest : booking, "referral.scheduled");
  } else if (wasScheduledBefore && changedTime && appointment.status === "booked") {
    step("scheduled", latest, "referral.scheduled");
  }
  if (current.status === "scheduled" && appointment.status !== "booked") {
    const attended = appointment.status === "checked_in" || appointment.status === "completed";
    step(
      attended ? "attended" : "not_attended",
      latest,
      attended ? "referral.attended" : "referral.not_attended",
    );
  }
  if (current.status === "attended" && appointment.status === "no_show") {
    // Reception corrected the check-in: the client was not there after all.
    step("not_attended", latest, "referral.not_attended");
  }
  return { referral: current, facts };
}
