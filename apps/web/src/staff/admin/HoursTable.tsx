import { useId } from "react";
import { useTranslation } from "react-i18next";
import { removeAt, replaceAt, type WeeklyInterval } from "./directory-edits";
import { useFieldError, useInvalidFields } from "./problems-context";

const weekdays = [1, 2, 3, 4, 5, 6, 7] as const;

interface HoursTableProps {
  /** Names the table and its controls for screen readers ("Opening hours of Halle-Süd"). */
  label: string;
  hours: readonly WeeklyInterval[];
  onChange: (hours: WeeklyInterval[]) => void;
  /** The entry and its field these hours are ("openingHours", "weeklyHours.0.hours"), for their problems. */
  entryId: string;
  field: string;
}

/** Weekly hours as a small table: weekday, from, until, one row per interval. */
export function HoursTable({ label, hours, onChange, entryId, field }: HoursTableProps) {
  const { t, i18n } = useTranslation();
  const errorId = useId();
  const error = useFieldError(entryId, field, true);
  const invalid = useInvalidFields(entryId, field);
  const invalidAttributes = (part: string) =>
    invalid.has(`${field}.${part}`) ? { "aria-invalid": true as const, "aria-describedby": errorId } : {};
  const dayName = (weekday: number) =>
    // 2024-01-01 was a Monday: weekday 1.
    new Intl.DateTimeFormat(i18n.language, { weekday: "long", timeZone: "UTC" }).format(
      new Date(Date.UTC(2024, 0, weekday)),
    );
  return (
    <div className={error ? "hours-table field-invalid" : "hours-table"} data-field={field}>
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
      <div className="table-scroll" tabIndex={0} role="region" aria-label={label}>
        <table>
          <caption className="visually-hidden">{label}</caption>
          <thead>
            <tr>
              <th scope="col">{t("admin.weekday")}</th>
              <th scope="col">{t("admin.from")}</th>
              <th scope="col">{t("admin.until")}</th>
              <th scope="col">
                <span className="visually-hidden">{t("reception.actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {hours.map((interval, index) => {
              const row = `${label}, ${dayName(interval.weekday)} ${interval.start}`;
              return (
                <tr key={index}>
                  <td>
                    <select
                      aria-label={`${t("admin.weekday")} (${row})`}
                      value={interval.weekday}
                      onChange={(event) =>
                        onChange(
                          replaceAt(hours, index, { ...interval, weekday: Number(event.target.value) }),
                        )
                      }
                    >
                      {weekdays.map((weekday) => (
                        <option key={weekday} value={weekday}>
                          {dayName(weekday)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <input
                      type="time"
                      aria-label={`${t("admin.from")} (${row})`}
                      {...invalidAttributes(`${index}.start`)}
                      value={interval.start}
                      onChange={(event) =>
                        onChange(replaceAt(hours, index, { ...interval, start: event.target.value }))
                      }
                    />
                  </td>
                  <td>
                    <input
                      type="time"
                      aria-label={`${t("admin.until")} (${row})`}
                      {...invalidAttributes(`${index}.end`)}
                      value={interval.end}
                      onChange={(event) =>
                        onChange(replaceAt(hours, index, { ...interval, end: event.target.value }))
                      }
                    />
                  </td>
                  <td>
                    <button
                      type="button"
                      className="button-secondary button-small"
                      onClick={() => onChange(removeAt(hours, index))}
                    >
                      {t("admin.remove")}
                      <span className="visually-hidden"> ({row})</span>
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <button
        type="button"
        className="button-secondary button-small"
        onClick={() => onChange([...hours, { weekday: 1, start: "09:00", end: "12:00" }])}
      >
        {t("admin.addHours")}
        <span className="visually-hidden"> ({label})</span>
      </button>
    </div>
  );
}
