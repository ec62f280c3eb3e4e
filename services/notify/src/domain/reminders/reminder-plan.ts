import { afterQuietHours, type QuietHours } from "./quiet-hours";

export interface PlannedReminder {
  offsetMinutes: number;
  /** When the reminder goes out: the offset before the start, moved out of quiet hours. */
  dueAt: Date;
}

/**
 * The reminders of an appointment at `startsAt`: one per offset before it, in
 * the location's zone. Skipped when the offset had already passed when the
 * appointment was made or moved (the confirmation just told the client), or when
 * quiet hours would push it to the start or later.
 */
export function planReminders(input: {
  startsAt: Date;
  timeZone: string;
  offsetsMinutes: readonly number[];
  now: Date;
  quietHours: QuietHours;
}): PlannedReminder[] {
  const planned: PlannedReminder[] = [];
  for (const offsetMinutes of input.offsetsMinutes) {
    const nominal = new Date(input.startsAt.getTime() - offsetMinutes * 60_000);
    if (nominal.getTime() <= input.now.getTime()) continue;
    const dueAt = afterQuietHours(nominal, input.timeZone, input.quietHours);
    if (dueAt.getTime() >= input.startsAt.getTime()) continue;
    planned.push({ offsetMinutes, dueAt });
  }
  return planned;
}
