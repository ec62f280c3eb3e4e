import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { booking } from "../../api/service-clients";
import type { Channel, Language, SlotOffer } from "../../api/service-types";
import { formatDay, formatTime } from "../../i18n/format-date-time";
import { ErrorMessage } from "../../ui/ErrorMessage";
import { StatusMessage } from "../../ui/StatusMessage";
import { slotsByDay } from "./slots-by-day";

export interface SlotSearch {
  serviceId: string;
  locationId: string | null;
  /** Absent: any language (e.g. a warm handover whose client language the page does not know). */
  language?: Language | undefined;
  channel: Channel;
}

interface SlotPickerProps {
  search: SlotSearch;
  /** Narrows the offers (a reschedule keeps the same counsellor). */
  accept?: (offer: SlotOffer) => boolean;
  onPick: (offer: SlotOffer) => void;
  disabled?: boolean;
}

const DAYS_PER_PAGE = 14;

/** Free times as buttons under a heading per day, two weeks at a time. */
export function SlotPicker({ search, accept, onPick, disabled = false }: SlotPickerProps) {
  const { t, i18n } = useTranslation();
  const [from, setFrom] = useState<string | undefined>(undefined);
  const slots = useQuery({
    queryKey: ["availability.slots", search, from],
    queryFn: () =>
      booking.availability.slots.query({
        serviceId: search.serviceId,
        ...(search.locationId ? { locationId: search.locationId } : {}),
        ...(search.language ? { language: search.language } : {}),
        channel: search.channel,
        days: DAYS_PER_PAGE,
        limit: 500,
        ...(from ? { from } : {}),
      }),
  });
  const offers = (slots.data ?? []).filter((offer) => accept?.(offer) ?? true);
  const days = slotsByDay(offers);
  const lastEnd = offers.at(-1)?.end;

  if (slots.isPending) return <StatusMessage>{t("app.loading")}</StatusMessage>;
  if (slots.isError) return <ErrorMessage error={slots.error} />;
  return (
    <div className="slot-picker">
      {days.length === 0 && <p className="notice">{t("times.none")}</p>}
      {days.map((day) => (
        <section key={day.date} className="slot-day" aria-labelledby={`day-${day.date}`}>
          <h2 id={`day-${day.date}`}>{formatDay(day.offers[0]?.start ?? day.date, i18n.language)}</h2>
          <ul className="slot-list">
            {day.offers.map((offer) => (
              <li key={offer.start}>
                <button
                  type="button"
                  className="button-slot"
                  disabled={disabled}
                  onClick={() => onPick(offer)}
                >
                  <span dir="ltr">{formatTime(offer.start, i18n.language)}</span>
                  {offer.interpreterNeeded && <span className="slot-note">{t("times.withInterpreter")}</span>}
                  {offer.seatsLeft !== null && (
                    <span className="slot-note">{t("times.seatsLeft", { count: offer.seatsLeft })}</span>
                  )}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
      {lastEnd && (
        <button type="button" className="button-secondary" onClick={() => setFrom(lastEnd)}>
          {t("times.later")}
        </button>
      )}
    </div>
  );
}
