import { type ServiceKind } from "@counselling/contracts";

const DAY_MS = 86_400_000;

/** How long personal data of finished appointments are kept, per service kind (ADR 0011 § 7). */
export interface RetentionPolicy {
  daysByServiceKind: Partial<Record<ServiceKind, number>>;
  defaultDays: number;
}

/** Records that ended before their kind's cutoff are anonymised. */
export interface RetentionCutoffs {
  byKind: Partial<Record<ServiceKind, Date>>;
  /** For every kind without a period of its own, and for records of no kind (unmatched replies). */
  otherwise: Date;
}

export function retentionCutoffs(policy: RetentionPolicy, now: Date): RetentionCutoffs {
  const before = (days: number) => new Date(now.getTime() - days * DAY_MS);
  const byKind: Partial<Record<ServiceKind, Date>> = {};
  for (const [kind, days] of Object.entries(policy.daysByServiceKind) as Array<[ServiceKind, number]>) {
    byKind[kind] = before(days);
  }
  return { byKind, otherwise: before(policy.defaultDays) };
}
