import { useId } from "react";
import { useTranslation } from "react-i18next";
import { berlinDateOf, formatDay } from "../../i18n/format-date-time";
import { SelectField } from "../../ui/SelectField";
import { TextField } from "../../ui/TextField";
import { newException, withOpen } from "./dated-exceptions";
import { type DatedException, removeAt, replaceAt, type TimeRange } from "./directory-edits";
import { useFieldError, useInvalidFields } from "./problems-context";

interface DatedExceptionsEditorProps {
  /** Names the list ("Closed days and other hours of Halle"). */
  label: string;
  hint?: string;
  entryId: string;
  /** "exceptions" of an office, "weeklyHours.0.exceptions" of a counsellor at an office. */
  field: string;
  exceptions: readonly DatedException[];
  onChange: (exceptions: DatedException[]) => void;
}

/**
 * Days that differ from the weekly hours: closed (a team day, a holiday that is not a
 * public one) or open with their own hours. Public holidays of the Land need no entry.
 */
export function DatedExceptionsEditor({
  label,
  hint,
  entryId,
  field,
  exceptions,
  onChange,
}: DatedExceptionsEditorProps) {
  const { t } = useTranslation();
  const error = useFieldError(entryId, field);
  return (
    <fieldset className="field-group exceptions" data-field={field}>
      <legend>{label}</legend>
      {hint && <p className="hint">{hint}</p>}
      {error && <p className="field-error">{error}</p>}
      {exceptions.length === 0 && <p className="hint">{t("admin.noExceptions")}</p>}
      {exceptions.map((exception, index) => (
        <ExceptionRow
          key={index}
          entryId={entryId}
          field={`${field}.${index}`}
          exception={exception}
          onChange={(changed) => onChange(replaceAt(exceptions, index, changed))}
          onRemove={() => onChange(removeAt(exceptions, index))}
        />
      ))}
      <button
        type="button"
        className="button-secondary button-small"
        onClick={() => onChange([...exceptions, newException(exceptions, berlinDateOf(new Date()))])}
      >
        {t("admin.addException")}
        <span className="visually-hidden"> ({label})</span>
      </button>
    </fieldset>
  );
}

function ExceptionRow({
  entryId,
  field,
  exception,
  onChange,
  onRemove,
}: {
  entryId: string;
  field: string;
  exception: DatedException;
  onChange: (exception: DatedException) => void;
  onRemove: () => void;
}) {
  const { t, i18n } = useTranslation();
  const dateError = useFieldError(entryId, `${field}.date`);
  const intervalsError = useFieldError(entryId, `${field}.intervals`, true);
  const day = Number.isNaN(Date.parse(exception.date))
    ? exception.date
    : formatDay(`${exception.date}T12:00:00Z`, i18n.language);
  return (
    <fieldset className="exception-row">
      <legend>{day || t("admin.exceptionDate")}</legend>
      <div className="field-row">
        <TextField
          label={t("admin.exceptionDate")}
          type="date"
          name={`${field}.date`}
          error={dateError}
          value={exception.date}
          onChange={(event) => onChange({ ...exception, date: event.target.value })}
        />
        <SelectField
          label={t("admin.exceptionKind")}
          name={`${field}.open`}
          value={exception.open ? "open" : "closed"}
          options={[
            { value: "closed", label: t("admin.closedAllDay") },
            { value: "open", label: t("admin.otherHours") },
          ]}
          onChange={(event) => onChange(withOpen(exception, event.target.value === "open"))}
        />
      </div>
      {exception.open && (
        <IntervalList
          entryId={entryId}
          field={`${field}.intervals`}
          day={day}
          error={intervalsError}
          intervals={exception.intervals}
          onChange={(intervals) => onChange({ ...exception, intervals })}
        />
      )}
      <button type="button" className="button-secondary button-small" onClick={onRemove}>
        {t("admin.removeException", { day })}
      </button>
    </fieldset>
  );
}

/** The hours of one open exception day: from–until pairs, added and removed. */
function IntervalList({
  entryId,
  field,
  day,
  error,
  intervals,
  onChange,
}: {
  entryId: string;
  field: string;
  day: string;
  error: string | undefined;
  intervals: readonly TimeRange[];
  onChange: (intervals: TimeRange[]) => void;
}) {
  const { t } = useTranslation();
  const errorId = useId();
  const invalid = useInvalidFields(entryId, field);
  const invalidAttributes = (path: string) =>
    invalid.has(path) ? { "aria-invalid": true as const, "aria-describedby": errorId } : {};
  return (
    <div className="interval-list" data-field={field}>
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
      {intervals.map((interval, index) => {
        const context = `${day}, ${interval.start}`;
        return (
          <div key={index} className="interval-row">
            <input
              type="time"
              aria-label={`${t("admin.from")} (${context})`}
              value={interval.start}
              {...invalidAttributes(`${field}.${index}.start`)}
              onChange={(event) =>
                onChange(replaceAt(intervals, index, { ...interval, start: event.target.value }))
              }
            />
            <span aria-hidden="true">–</span>
            <input
              type="time"
              aria-label={`${t("admin.until")} (${context})`}
              value={interval.end}
              {...invalidAttributes(`${field}.${index}.end`)}
              onChange={(event) =>
                onChange(replaceAt(intervals, index, { ...interval, end: event.target.value }))
              }
            />
            <button
              type="button"
              className="button-secondary button-small"
              onClick={() => onChange(removeAt(intervals, index))}
            >
              {t("admin.remove")}
              <span className="visually-hidden"> ({context})</span>
            </button>
          </div>
        );
      })}
      <button
        type="button"
        className="button-secondary button-small"
        onClick={() => onChange([...intervals, { start: "13:00", end: "16:00" }])}
      >
        {t("admin.addHours")}
        <span className="visually-hidden"> ({day})</span>
      </button>
    </div>
  );
}
