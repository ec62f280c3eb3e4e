import { useTranslation } from "react-i18next";
import { TextField } from "../../ui/TextField";
import { CheckboxList } from "./CheckboxList";
import { directoryChannels, type DirectoryInterpreter, type DirectoryLocation } from "./directory-edits";
import { EntryProblems } from "./EntryProblems";
import { InterpreterLanguagesField } from "./InterpreterLanguagesField";
import { useFieldError } from "./problems-context";

/**
 * One interpreter: the name shown, the languages (and dialects) they interpret from into
 * German, how they work (in person, phone, video) and, in person, the offices they reach.
 */
export function InterpreterEntry({
  interpreter,
  locations,
  onChange,
  onRemove,
}: {
  interpreter: DirectoryInterpreter;
  locations: DirectoryLocation[];
  onChange: (interpreter: DirectoryInterpreter) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const id = interpreter.id;
  const name = interpreter.displayName || id;
  const change = (patch: Partial<DirectoryInterpreter>) => onChange({ ...interpreter, ...patch });
  const errors = {
    displayName: useFieldError(id, "displayName"),
    modes: useFieldError(id, "modes"),
    locationIds: useFieldError(id, "locationIds"),
  };
  return (
    <fieldset className="editor-entry" data-entry-id={id} id={`entry-${id}`} tabIndex={-1}>
      <legend>{name}</legend>
      <EntryProblems entryId={id} />
      <TextField
        label={t("admin.displayName")}
        name="displayName"
        error={errors.displayName}
        value={interpreter.displayName}
        onChange={(event) => change({ displayName: event.target.value })}
      />
      <InterpreterLanguagesField
        entryId={id}
        languages={interpreter.languages}
        onChange={(languages) => change({ languages })}
      />
      <CheckboxList
        legend={t("admin.modes")}
        name="modes"
        error={errors.modes}
        options={directoryChannels.map((channel) => ({
          value: channel,
          label: t(`place.channel.${channel}`),
        }))}
        value={interpreter.modes}
        onChange={(modes) => change({ modes })}
      />
      <CheckboxList
        legend={t("admin.interpreterOffices")}
        name="locationIds"
        error={errors.locationIds}
        options={locations.map((location) => ({ value: location.id, label: location.name }))}
        value={interpreter.locationIds}
        onChange={(locationIds) => change({ locationIds })}
      />
      <button type="button" className="button-secondary button-small" onClick={onRemove}>
        {t("admin.removeInterpreter", { name })}
      </button>
    </fieldset>
  );
}
