const focusable = "input, select, textarea, button";

/**
 * Moves focus to a field of an entry, as named in a problem ("absences.0.end"): the
 * control with that name, else the closest enclosing part of the form that has it
 * ("absences.0", then "absences"), its invalid control first. A closed "more languages"
 * section around it is opened. Without a field, the entry itself takes focus.
 */
export function focusField(entryId: string, field: string | null): void {
  const entry = document.getElementById(`entry-${entryId}`);
  if (!entry) return;
  let target: HTMLElement | null = null;
  const parts = field ? field.split(".") : [];
  for (let length = parts.length; length > 0 && !target; length--) {
    const path = CSS.escape(parts.slice(0, length).join("."));
    target = entry.querySelector<HTMLElement>(`[name="${path}"], [data-field="${path}"]`);
  }
  if (target && !target.matches(focusable)) {
    target =
      target.querySelector<HTMLElement>('[aria-invalid="true"]') ??
      target.querySelector<HTMLElement>(focusable);
  }
  const goal = target ?? entry;
  const details = goal.closest("details");
  if (details) details.open = true;
  goal.focus();
}
