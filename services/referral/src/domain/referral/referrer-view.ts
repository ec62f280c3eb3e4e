import type { Actor } from "@counselling/contracts";
import { consentSummaryOf } from "./consent-record";
import { isPersonalDataErased, shownLegalDeadlineOf } from "./personal-data";
import type { Referral } from "./referral";

/**
 * Who acted, as the referrer sees it: the role and organisation, not the person at the
 * receiving service (the referrer follows the referral, not the receiving staff).
 */
function publicActorOf(actor: Actor) {
  return actor.kind === "staff"
    ? { kind: actor.kind, role: actor.role, organisationId: actor.organisationId }
    : actor.kind === "system"
      ? { kind: actor.kind, component: actor.component }
      : { kind: actor.kind };
}

/**
 * The referring counsellor's view of their referral: status, timeline and the outcome
 * codes the contracts allow (decline reason and suggestion, closing outcome), NEVER the
 * receiving service's case content (its notes) and none of the shared data. The only
 * personal datum is the legal deadline's description the counsellor wrote (opened by the
 * application, its read audited; null once erased).
 */
export function referrerTimelineOf(referral: Referral, legalDeadlineDescription: string | null) {
  return {
    referralId: referral.referralId,
    status: referral.status,
    to: referral.to,
    urgency: referral.urgency,
    reasonCode: referral.reasonCode,
    legalDeadline: shownLegalDeadlineOf(referral, legalDeadlineDescription),
    sentAt: referral.sentAt,
    acceptBy: referral.acceptBy,
    receiver: referral.receiver,
    consent: referral.consent
      ? { ...consentSummaryOf(referral.consent), revokedAt: referral.consent.revokedAt }
      : null,
    appointment: referral.appointment
      ? { startsAt: referral.appointment.startsAt, status: referral.appointment.status }
      : null,
    hold: referral.hold
      ? { startsAt: referral.hold.startsAt, expiresAt: referral.hold.expiresAt, status: referral.hold.status }
      : null,
    decline: referral.decline,
    outcome: referral.outcome,
    cancellation: referral.cancellation,
    expiryCause: referral.expiryCause,
    timeline: referral.timeline.map((entry) => ({ ...entry, actor: publicActorOf(entry.actor) })),
  };
}

export type ReferrerTimeline = ReturnType<typeof referrerTimelineOf>;

/**
 * One line of the counsellor's list: the client reference (opened by the application) is
 * the only personal datum (audited); null once the referral's personal data are erased.
 */
export function referrerListItemOf(referral: Referral, clientReference: string | null) {
  return {
    referralId: referral.referralId,
    clientReference: isPersonalDataErased(referral) ? null : clientReference,
    status: referral.status,
    toServiceKind: referral.to.serviceKind,
    urgency: referral.urgency,
    createdAt: referral.createdAt,
    sentAt: referral.sentAt,
    lastChangeAt: referral.timeline.at(-1)?.at ?? referral.createdAt,
    personalDataErased: isPersonalDataErased(referral) || clientReference === null,
  };
}
