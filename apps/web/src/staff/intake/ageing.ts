import type { InboxItem } from "../../api/service-types";

export type AgeingTone = "overdue" | "due-soon" | "ok";

/** How pressing a deadline is: overdue, due within two working days, or later. */
export function ageingToneOf(deadline: { overdue: boolean; workingDaysLeft: number }): AgeingTone {
  if (deadline.overdue) return "overdue";
  return deadline.workingDaysLeft <= 2 ? "due-soon" : "ok";
}

/** The nearest of a line's deadlines (legal first when both are equally near). */
export function nearestDeadline(item: InboxItem) {
  const deadlines = [item.legalDeadline, item.acceptance].filter((entry) => entry !== null);
  return deadlines.sort((a, b) => a.workingDaysLeft - b.workingDaysLeft)[0] ?? null;
}
