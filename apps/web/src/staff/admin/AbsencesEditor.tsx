import { useTranslation } from "react-i18next";
import { formatDateTime } from "../../i18n/format-date-time";
import { TextField } from "../../ui/TextField";
import { instantOf, newAbsence, wallClockOf } from "./absence-times";
import { type Absence, removeAt, replaceAt } from "./directory-edits";
import { useFieldError } from "./problems-context";

/**
 * A counsellor's absences as office times, from and until: no appointment may touch them.
 * No reason is asked: why someone is away may be their health data.
 */
export function AbsencesEditor({
  name,
  entryId,
  absences,
  onChange,
}: {
  /** The counsellor's name, for the labels. */
  name: string;
  entryId: string;
  absences: readonly Absence[];
  onChange: (absences: Absence[]) => void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="field-group absences" data-field="absences">
      <legend>{t("admin.absencesOf", { name })}</legend>
      <p className="hint">{t("admin.absencesHint")}</p>
      {absences.length === 0 && <p className="hint">{t("admin.noAbsences")}</p>}
      {absences.map((absence, index) => (
        <AbsenceRow
          key={index}
          entryId={entryId}
          field={`absences.${index}`}
          absence={absence}
          onChange={(changed) => onChange(replaceAt(absences, index, changed))}
          onRemove={() => onChange(removeAt(absences, index))}
        />
      ))}
      <button
        type="button"
        className="button-secondary button-small"
        onClick={() => onChange([...absences, newAbsence(new Date())])}
      >
        {t("admin.addAbsence")}
        <span className="visually-hidden"> ({name})</span>
      </button>
    </fieldset>
  );
}

function AbsenceRow({
  entryId,
  field,
  absence,
  onChange,
  onRemove,
}: {
  entryId: string;
  field: string;
  absence: Absence;
  onChange: (absence: Absence) => void;
  onRemove: () => void;
}) {
  const { t, i18n } = useTranslation();
  const startError = useFieldError(entryId, `${field}.start`);
  const endError = useFieldError(entryId, `${field}.end`);
  const when = Number.isNaN(Date.parse(absence.start))
    ? t("admin.absence")
    : formatDateTime(absence.start, i18n.language);
  return (
    <fieldset className="absence-row" data-testid="absence">
      <legend>{when}</legend>
      <div className="field-row">
        <TextField
          label={t("admin.absentFrom")}
          type="datetime-local"
          name={`${field}.start`}
          error={startError}
          value={wallClockOf(absence.start)}
          onChange={(event) => onChange({ ...absence, start: instantOf(event.target.value) })}
        />
        <TextField
          label={t("admin.absentUntil")}
          type="datetime-local"
          name={`${field}.end`}
          error={endError}
          value={wallClockOf(absence.end)}
          onChange={(event) => onChange({ ...absence, end: instantOf(event.target.value) })}
        />
      </div>
      <button type="button" className="button-secondary button-small" onClick={onRemove}>
        {t("admin.removeAbsence", { when })}
      </button>
    </fieldset>
  );
}
