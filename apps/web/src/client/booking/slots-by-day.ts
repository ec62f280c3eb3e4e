import type { SlotOffer } from "../../api/service-types";
import { berlinDateOf } from "../../i18n/format-date-time";

export interface SlotDay {
  /** Berlin date, YYYY-MM-DD. */
  date: string;
  offers: SlotOffer[];
}

/**
 * One button per start time, grouped by Berlin day. Several counsellors may be free at
 * the same time; the client picks a time, not a person, so the first one stays, preferring
 * a counsellor who speaks the client's language over one who needs an interpreter.
 */
export function slotsByDay(offers: readonly SlotOffer[]): SlotDay[] {
  const byStart = new Map<string, SlotOffer>();
  for (const offer of offers) {
    const kept = byStart.get(offer.start);
    if (!kept || (kept.interpreterNeeded && !offer.interpreterNeeded)) byStart.set(offer.start, offer);
  }
  const days = new Map<string, SlotOffer[]>();
  for (const offer of [...byStart.values()].sort((a, b) => a.start.localeCompare(b.start))) {
    const date = berlinDateOf(offer.start);
    days.set(date, [...(days.get(date) ?? []), offer]);
  }
  return [...days].map(([date, dayOffers]) => ({ date, offers: dayOffers }));
}
