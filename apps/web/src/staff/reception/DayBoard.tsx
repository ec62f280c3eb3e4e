import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { booking } from "../../api/service-clients";
import { formatTime, languageName } from "../../i18n/format-date-time";
import { ErrorMessage } from "../../ui/ErrorMessage";
import { StatusMessage } from "../../ui/StatusMessage";
import { AttendanceActions } from "./AttendanceActions";
import { boardGroups, firstNameOf } from "./board-groups";

const REFRESH_MS = 10_000;

/**
 * A location's day for the front desk, by counsellor and room. Polls every 10 s: live
 * enough for a waiting room; a push channel can replace it without changing the view.
 */
export function DayBoard({ locationId, date }: { locationId: string; date: string }) {
  const { t, i18n } = useTranslation();
  const day = useQuery({
    queryKey: ["reception.day", locationId, date],
    queryFn: () => booking.reception.day.query({ locationId, date }),
    refetchInterval: REFRESH_MS,
  });

  if (day.isPending) return <StatusMessage>{t("app.loading")}</StatusMessage>;
  if (day.isError) return <ErrorMessage error={day.error} />;
  const groups = boardGroups(day.data);
  return (
    <div className="day-board">
      <p className="hint">
        {t("reception.autoRefresh", {
          time: formatTime(new Date(day.dataUpdatedAt).toISOString(), i18n.language),
        })}
      </p>
      {groups.length === 0 && <p className="notice">{t("reception.empty")}</p>}
      {groups.map((group) => (
        <section key={group.key} className="board-group" aria-labelledby={`group-${group.key}`}>
          <h2 id={`group-${group.key}`}>
            {group.counsellor} · {group.room ?? t("reception.noRoom")}
          </h2>
          <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={`group-${group.key}`}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("reception.time")}</th>
                  <th scope="col">{t("reception.client")}</th>
                  <th scope="col">{t("reception.languageCol")}</th>
                  <th scope="col">{t("reception.interpreterCol")}</th>
                  <th scope="col">{t("reception.statusCol")}</th>
                  <th scope="col">{t("reception.actions")}</th>
                </tr>
              </thead>
              <tbody>
                {group.entries.map((entry) => (
                  <tr key={entry.appointmentId} data-appointment-id={entry.appointmentId}>
                    <td dir="ltr">
                      {formatTime(entry.startsAt, i18n.language)}–{formatTime(entry.endsAt, i18n.language)}
                    </td>
                    <th scope="row">
                      {entry.personalDataErased ? t("reception.erased") : firstNameOf(entry.clientName)}
                    </th>
                    <td>{languageName(entry.language, i18n.language)}</td>
                    <td>{entry.interpreter?.name ?? t("reception.none")}</td>
                    <td>
                      <span className={`status-badge status-${entry.status}`}>
                        {t(`reception.status.${entry.status}`, { defaultValue: entry.status })}
                      </span>
                      {entry.confirmedByClient && (
                        <span className="sms-confirmed"> ✓ {t("reception.confirmedBySms")}</span>
                      )}
                    </td>
                    <td>
                      <AttendanceActions entry={entry} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </div>
  );
}
