import { useQueries } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { booking } from "../../api/service-clients";
import type { BookableLocation } from "../../api/service-types";
import { formatTime, languageName } from "../../i18n/format-date-time";
import { ErrorMessage } from "../../ui/ErrorMessage";
import { StatusMessage } from "../../ui/StatusMessage";
import { firstNameOf } from "../reception/board-groups";

const REFRESH_MS = 30_000;

interface MyDayProps {
  staffId: string;
  locations: BookableLocation[];
  date: string;
}

/**
 * The counsellor's own appointments of a day: booking's location day (counsellors may
 * read their organisation's locations) at each office, narrowed to their own.
 */
export function MyDay({ staffId, locations, date }: MyDayProps) {
  const { t, i18n } = useTranslation();
  const days = useQueries({
    queries: locations.map((location) => ({
      queryKey: ["reception.day", location.id, date],
      queryFn: () => booking.reception.day.query({ locationId: location.id, date }),
      refetchInterval: REFRESH_MS,
    })),
  });
  const failed = days.find((day) => day.isError);
  if (failed) return <ErrorMessage error={failed.error} />;
  if (days.some((day) => day.isPending)) return <StatusMessage>{t("app.loading")}</StatusMessage>;
  const mine = days
    .flatMap((day, index) =>
      (day.data ?? [])
        .filter((entry) => entry.counsellor.id === staffId)
        .map((entry) => ({ ...entry, locationName: locations[index]?.name ?? "" })),
    )
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  if (mine.length === 0) return <p className="notice">{t("counsellor.dayEmpty")}</p>;
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={t("counsellor.myDay")}>
      <table>
        <thead>
          <tr>
            <th scope="col">{t("reception.time")}</th>
            <th scope="col">{t("reception.client")}</th>
            <th scope="col">{t("counsellor.place")}</th>
            <th scope="col">{t("reception.languageCol")}</th>
            <th scope="col">{t("reception.statusCol")}</th>
          </tr>
        </thead>
        <tbody>
          {mine.map((entry) => (
            <tr key={entry.appointmentId}>
              <td dir="ltr">
                {formatTime(entry.startsAt, i18n.language)}–{formatTime(entry.endsAt, i18n.language)}
              </td>
              <th scope="row">{firstNameOf(entry.clientName)}</th>
              <td>
                {entry.channel === "in_person"
                  ? `${entry.locationName}${entry.room ? ` · ${entry.room.name}` : ""}`
                  : t(`place.channel.${entry.channel}`, { defaultValue: entry.channel })}
              </td>
              <td>
                {languageName(entry.language, i18n.language)}
                {entry.interpreter && ` · ${entry.interpreter.name}`}
              </td>
              <td>
                <span className={`status-badge status-${entry.status}`}>
                  {t(`reception.status.${entry.status}`, { defaultValue: entry.status })}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
