import { useTranslation } from "react-i18next";
import { textIn } from "../../client/booking/booking-draft";
import { languageName } from "../../i18n/format-date-time";
import { TextField } from "../../ui/TextField";
import { AbsencesEditor } from "./AbsencesEditor";
import { CheckboxList } from "./CheckboxList";
import { DatedExceptionsEditor } from "./DatedExceptionsEditor";
import {
  directoryChannels,
  directoryLanguages,
  type DirectoryCounsellor,
  type DirectoryLocation,
  type DirectoryService,
  replaceAt,
  withLocations,
} from "./directory-edits";
import { EntryProblems } from "./EntryProblems";
import { HoursTable } from "./HoursTable";
import { useFieldError } from "./problems-context";

interface CounsellorEntryProps {
  counsellor: DirectoryCounsellor;
  services: DirectoryService[];
  locations: DirectoryLocation[];
  onChange: (counsellor: DirectoryCounsellor) => void;
  onRemove: () => void;
}

/**
 * One counsellor: the name clients see, languages, ways of talking, services and offices;
 * per office their weekly hours and the dates that differ; and their absences (leave,
 * training, sickness: without a reason, which could be health data).
 */
export function CounsellorEntry({
  counsellor,
  services,
  locations,
  onChange,
  onRemove,
}: CounsellorEntryProps) {
  const { t, i18n } = useTranslation();
  const id = counsellor.id;
  const change = (patch: Partial<DirectoryCounsellor>) => onChange({ ...counsellor, ...patch });
  const locationName = (locationId: string) =>
    locations.find((location) => location.id === locationId)?.name ?? locationId;
  const name = counsellor.displayName || id;
  const errors = {
    displayName: useFieldError(id, "displayName"),
    languages: useFieldError(id, "languages"),
    channels: useFieldError(id, "channels"),
    weeklyHours: useFieldError(id, "weeklyHours"),
  };
  return (
    <fieldset className="editor-entry" data-entry-id={id} id={`entry-${id}`} tabIndex={-1}>
      <legend>{name}</legend>
      <EntryProblems entryId={id} />
      <TextField
        label={t("admin.displayName")}
        hint={t("admin.displayNameHint")}
        name="displayName"
        error={errors.displayName}
        value={counsellor.displayName}
        onChange={(event) => change({ displayName: event.target.value })}
      />
      <CheckboxList
        legend={t("admin.languages")}
        name="languages"
        error={errors.languages}
        options={directoryLanguages.map((code) => ({
          value: code,
          label: languageName(code, i18n.language),
        }))}
        value={counsellor.languages}
        onChange={(languages) => change({ languages })}
      />
      <CheckboxList
        legend={t("admin.channels")}
        name="channels"
        error={errors.channels}
        options={directoryChannels.map((channel) => ({
          value: channel,
          label: t(`place.channel.${channel}`),
        }))}
        value={counsellor.channels}
        onChange={(channels) => change({ channels })}
      />
      <CheckboxList
        legend={t("admin.services")}
        name="serviceIds"
        options={services.map((service) => {
          const serviceName = textIn(service.name, i18n.language);
          return { value: service.id, label: serviceName.text || service.id, lang: serviceName.lang };
        })}
        value={counsellor.serviceIds}
        onChange={(serviceIds) => change({ serviceIds })}
      />
      <CheckboxList
        legend={t("admin.offices")}
        name="locationIds"
        options={locations.map((location) => ({ value: location.id, label: location.name }))}
        value={counsellor.locationIds}
        onChange={(locationIds) => onChange(withLocations(counsellor, locationIds))}
      />
      {errors.weeklyHours && <p className="field-error">{errors.weeklyHours}</p>}
      {counsellor.weeklyHours.map((entry, index) => {
        const place = locationName(entry.locationId);
        const changeHours = (patch: Partial<typeof entry>) =>
          change({ weeklyHours: replaceAt(counsellor.weeklyHours, index, { ...entry, ...patch }) });
        return (
          <div key={entry.locationId} className="office-hours">
            <h3>{t("admin.hoursOf", { name, place })}</h3>
            <HoursTable
              label={t("admin.hoursOf", { name, place })}
              entryId={id}
              field={`weeklyHours.${index}.hours`}
              hours={entry.hours}
              onChange={(hours) => changeHours({ hours })}
            />
            <DatedExceptionsEditor
              label={t("admin.exceptionsOf", { name: `${name}, ${place}` })}
              entryId={id}
              field={`weeklyHours.${index}.exceptions`}
              exceptions={entry.exceptions ?? []}
              onChange={(exceptions) => changeHours({ exceptions })}
            />
          </div>
        );
      })}
      <AbsencesEditor
        name={name}
        entryId={id}
        absences={counsellor.absences ?? []}
        onChange={(absences) => change({ absences })}
      />
      <button type="button" className="button-secondary button-small" onClick={onRemove}>
        {t("admin.removeCounsellor", { name })}
      </button>
    </fieldset>
  );
}
