import { type ServiceKind, ServiceKindSchema } from "@counselling/contracts";
import { z } from "zod";
import type { AppointmentStatus } from "../appointment/appointment-status";
import type { WaitlistStatus } from "../waitlist/waitlist-entry";

/**
 * How long personal data of finished records are kept, in days after they finished, per
 * service kind (e.g. psychosocial centres keep therapy appointments longer than the
 * migration counselling keeps its), and for every other kind.
 */
export const RetentionPolicySchema = z.object({
  daysByServiceKind: z.partialRecord(ServiceKindSchema, z.number().int().positive()),
  defaultDays: z.number().int().positive(),
});

export type RetentionPolicy = z.infer<typeof RetentionPolicySchema>;

const DAY_MS = 86_400_000;

/** Finished appointments: the visit is over or will never happen; a released hold never became one. */
export const finishedAppointmentStatuses: readonly AppointmentStatus[] = [
  "completed",
  "no_show",
  "cancelled",
  "released",
];
/** Waitlist entries that left the queue. */
export const closedWaitlistStatuses: readonly WaitlistStatus[] = ["booked", "lapsed", "withdrawn"];

export function retentionDaysFor(policy: RetentionPolicy, kind: ServiceKind): number {
  return policy.daysByServiceKind[kind] ?? policy.defaultDays;
}

/** Whether a record of this kind that finished at `finishedAt` has outlived its retention at `now`. */
export function retentionExpired(
  policy: RetentionPolicy,
  kind: ServiceKind,
  finishedAt: Date,
  now: Date,
): boolean {
  return now.getTime() - finishedAt.getTime() > retentionDaysFor(policy, kind) * DAY_MS;
}

/** One query of a retention run: these kinds, finished before this instant. */
export interface RetentionCutoff {
  finishedBefore: Date;
  serviceKinds: { in: ServiceKind[] } | { notIn: ServiceKind[] };
}

/**
 * The cut-offs of a run at `now`: one per kind with its own retention, and one for every
 * other kind with the default. Asking per kind keeps the records of long-kept kinds from
 * filling the batches of the others.
 */
export function retentionCutoffsAt(policy: RetentionPolicy, now: Date): RetentionCutoff[] {
  const own = Object.entries(policy.daysByServiceKind) as Array<[ServiceKind, number]>;
  const before = (days: number) => new Date(now.getTime() - days * DAY_MS);
  return [
    ...own.map(([kind, days]) => ({ finishedBefore: before(days), serviceKinds: { in: [kind] } })),
    { finishedBefore: before(policy.defaultDays), serviceKinds: { notIn: own.map(([kind]) => kind) } },
  ];
}
