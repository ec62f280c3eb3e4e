import type { LocationDayEntry } from "../../api/service-types";

export interface BoardGroup {
  key: string;
  counsellor: string;
  room: string | null;
  entries: LocationDayEntry[];
}

/** The day by counsellor and room, each group in time order, groups by their first visit. */
export function boardGroups(entries: readonly LocationDayEntry[]): BoardGroup[] {
  const groups = new Map<string, BoardGroup>();
  const sorted = [...entries].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  for (const entry of sorted) {
    const key = `${entry.counsellor.id}__${entry.room?.id ?? "none"}`;
    const group = groups.get(key) ?? {
      key,
      counsellor: entry.counsellor.name,
      room: entry.room?.name ?? null,
      entries: [],
    };
    group.entries.push(entry);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** Reception greets by first name only. */
export function firstNameOf(displayName: string): string {
  return displayName.trim().split(/\s+/)[0] ?? displayName;
}
