import type { ReferralUrgency } from "@counselling/contracts";
import { berlinDateOf, workingDaysBetween } from "../calendar/working-days";
import type { Referral } from "../referral/referral";

const urgencyRank: Record<ReferralUrgency, number> = { urgent: 0, soon: 1, routine: 2 };

/** How a date stands against today: working days left (negative once overdue). */
export interface DeadlineAgeing {
  dueOn: string;
  workingDaysLeft: number;
  overdue: boolean;
}

/**
 * One inbox line: what intake needs to triage, no personal data (the released data and
 * the legal deadline's description are only in the opened, audited view: a line has the
 * deadline's date only), and how old it is against its deadlines in working days of the
 * receiving Land.
 */
export function inboxItemOf(referral: Referral, now: Date) {
  const today = berlinDateOf(now);
  const state = referral.to.federalState;
  const ageingOf = (dueOn: string): DeadlineAgeing => ({
    dueOn,
    workingDaysLeft: workingDaysBetween(today, dueOn, state),
    overdue: dueOn < today,
  });
  // acceptBy is the midnight ending the last working day: that day is the due date.
  const acceptanceDueOn = referral.acceptBy
    ? berlinDateOf(new Date(Date.parse(referral.acceptBy) - 1))
    : null;
  return {
    referralId: referral.referralId,
    status: referral.status,
    urgency: referral.urgency,
    reasonCode: referral.reasonCode,
    communication: referral.communication,
    from: { organisationId: referral.from.organisationId, serviceKind: referral.from.serviceKind },
    to: referral.to,
    sentAt: referral.sentAt,
    ageWorkingDays: referral.sentAt
      ? workingDaysBetween(berlinDateOf(new Date(referral.sentAt)), today, state)
      : 0,
    legalDeadline: referral.legalDeadline ? ageingOf(referral.legalDeadline.dueOn) : null,
    acceptance: acceptanceDueOn ? { acceptBy: referral.acceptBy, ...ageingOf(acceptanceDueOn) } : null,
  };
}

export type InboxItem = ReturnType<typeof inboxItemOf>;

/**
 * The inbox order: the nearest legal deadline first (referrals without one after all
 * that have one), then urgency, then the oldest first; the id keeps ties stable.
 */
export function compareInboxItems(a: InboxItem, b: InboxItem): number {
  const dueA = a.legalDeadline?.dueOn ?? null;
  const dueB = b.legalDeadline?.dueOn ?? null;
  if (dueA !== dueB) {
    if (dueA === null) return 1;
    if (dueB === null) return -1;
    return dueA < dueB ? -1 : 1;
  }
  const byUrgency = urgencyRank[a.urgency] - urgencyRank[b.urgency];
  if (byUrgency !== 0) return byUrgency;
  const sentA = a.sentAt ? Date.parse(a.sentAt) : 0;
  const sentB = b.sentAt ? Date.parse(b.sentAt) : 0;
  if (sentA !== sentB) return sentA - sentB;
  return a.referralId < b.referralId ? -1 : a.referralId > b.referralId ? 1 : 0;
}

export function rankInbox(referrals: readonly Referral[], now: Date): InboxItem[] {
  return referrals.map((referral) => inboxItemOf(referral, now)).sort(compareInboxItems);
}
