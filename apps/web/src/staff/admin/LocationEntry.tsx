import { useTranslation } from "react-i18next";
import { TextField } from "../../ui/TextField";
import { AddressFields } from "./AddressFields";
import { DatedExceptionsEditor } from "./DatedExceptionsEditor";
import type { DirectoryLocation } from "./directory-edits";
import { EntryProblems } from "./EntryProblems";
import { HoursTable } from "./HoursTable";
import { isBlankText } from "./multilingual-text";
import { useFieldError } from "./problems-context";
import { TranslationFields } from "./TranslationFields";

/**
 * One office: its name and address as clients see them, the Land whose public holidays
 * close it, opening hours and the dates that differ, and what clients need to know about
 * access and the way there.
 */
export function LocationEntry({
  location,
  onChange,
  onRemove,
}: {
  location: DirectoryLocation;
  onChange: (location: DirectoryLocation) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const id = location.id;
  const change = (patch: Partial<DirectoryLocation>) => onChange({ ...location, ...patch });
  const nameError = useFieldError(id, "name");
  return (
    <fieldset className="editor-entry" data-entry-id={id} id={`entry-${id}`} tabIndex={-1}>
      <legend>{location.name || id}</legend>
      <EntryProblems entryId={id} />
      <TextField
        label={t("admin.locationName")}
        name="name"
        error={nameError}
        value={location.name}
        onChange={(event) => change({ name: event.target.value })}
      />
      <AddressFields
        entryId={id}
        address={location.address}
        federalState={location.federalState}
        onChange={(patch) => change(patch)}
      />
      <h3>{t("admin.openingHours")}</h3>
      <HoursTable
        label={t("admin.openingHoursOf", { name: location.name })}
        entryId={id}
        field="openingHours"
        hours={location.openingHours}
        onChange={(openingHours) => change({ openingHours })}
      />
      <DatedExceptionsEditor
        label={t("admin.exceptionsOf", { name: location.name })}
        hint={t("admin.exceptionsHint")}
        entryId={id}
        field="exceptions"
        exceptions={location.exceptions}
        onChange={(exceptions) => change({ exceptions })}
      />
      <TranslationFields
        legend={t("admin.accessibilityNotes")}
        hint={t("admin.accessibilityHint")}
        entryId={id}
        field="accessibilityNotes"
        multiline
        text={location.accessibilityNotes}
        onChange={(accessibilityNotes) => change({ accessibilityNotes })}
      />
      <TranslationFields
        legend={t("admin.publicTransport")}
        hint={t("admin.publicTransportHint")}
        entryId={id}
        field="publicTransportHint"
        text={location.publicTransportHint ?? { de: "", en: "" }}
        // Optional: left out when nothing is written in any language.
        onChange={(text) => change({ publicTransportHint: isBlankText(text) ? undefined : text })}
      />
      <button type="button" className="button-secondary button-small" onClick={onRemove}>
        {t("admin.removeLocation", { name: location.name || id })}
      </button>
    </fieldset>
  );
}
