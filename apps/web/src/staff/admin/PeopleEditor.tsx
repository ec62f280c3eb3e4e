import { useState } from "react";
import { useTranslation } from "react-i18next";
import { languageName } from "../../i18n/format-date-time";
import { TextField } from "../../ui/TextField";
import { CheckboxList } from "./CheckboxList";
import {
  counsellorIdProblem,
  directoryChannels,
  directoryLanguages,
  type DirectoryCounsellor,
  type DirectoryInterpreter,
  type DirectoryLocation,
  type DirectoryService,
  newCounsellor,
  removeAt,
  replaceAt,
  withLocations,
} from "./directory-edits";
import { HoursTable } from "./HoursTable";

/**
 * Counsellors: display name, languages, channels, services, locations and weekly hours per
 * location; added by id and removed. Booking checks the whole directory on saving.
 */
export function CounsellorsEditor({
  organisationId,
  counsellors,
  services,
  locations,
  onChange,
}: {
  organisationId: string;
  counsellors: DirectoryCounsellor[];
  services: DirectoryService[];
  locations: DirectoryLocation[];
  onChange: (counsellors: DirectoryCounsellor[]) => void;
}) {
  const { t, i18n } = useTranslation();
  const locationName = (id: string) => locations.find((location) => location.id === id)?.name ?? id;
  const serviceName = (service: DirectoryService) =>
    (service.name as Record<string, string | undefined>)[i18n.language] ?? service.name.de;
  return (
    <>
      {counsellors.map((counsellor, index) => {
        const change = (patch: Partial<DirectoryCounsellor>) =>
          onChange(replaceAt(counsellors, index, { ...counsellor, ...patch }));
        return (
          <fieldset key={counsellor.id} className="editor-entry" data-entry-id={counsellor.id}>
            <legend>{counsellor.displayName || counsellor.id}</legend>
            <TextField
              label={t("admin.displayName")}
              value={counsellor.displayName}
              onChange={(event) => change({ displayName: event.target.value })}
            />
            <CheckboxList
              legend={t("admin.languages")}
              options={directoryLanguages.map((code) => ({
                value: code,
                label: languageName(code, i18n.language),
              }))}
              value={counsellor.languages}
              onChange={(languages) => change({ languages })}
            />
            <CheckboxList
              legend={t("admin.channels")}
              options={directoryChannels.map((channel) => ({
                value: channel,
                label: t(`place.channel.${channel}`),
              }))}
              value={counsellor.channels}
              onChange={(channels) => change({ channels })}
            />
            <CheckboxList
              legend={t("admin.services")}
              options={services.map((service) => ({ value: service.id, label: serviceName(service) }))}
              value={counsellor.serviceIds}
              onChange={(serviceIds) => change({ serviceIds })}
            />
            <CheckboxList
              legend={t("admin.offices")}
              options={locations.map((location) => ({ value: location.id, label: location.name }))}
              value={counsellor.locationIds}
              onChange={(locationIds) =>
                onChange(replaceAt(counsellors, index, withLocations(counsellor, locationIds)))
              }
            />
            {counsellor.weeklyHours.map((entry, hoursIndex) => (
              <HoursTable
                key={entry.locationId}
                label={t("admin.hoursOf", {
                  name: counsellor.displayName,
                  place: locationName(entry.locationId),
                })}
                hours={entry.hours}
                onChange={(hours) =>
                  change({ weeklyHours: replaceAt(counsellor.weeklyHours, hoursIndex, { ...entry, hours }) })
                }
              />
            ))}
            <button
              type="button"
              className="button-secondary button-small"
              onClick={() => onChange(removeAt(counsellors, index))}
            >
              {t("admin.removeCounsellor", { name: counsellor.displayName || counsellor.id })}
            </button>
          </fieldset>
        );
      })}
      <AddCounsellor
        counsellors={counsellors}
        onAdd={(id) => onChange([...counsellors, newCounsellor(id, organisationId)])}
      />
    </>
  );
}

/** A new counsellor starts from an id (booking's form, not yet used); the rest is filled in above. */
function AddCounsellor({
  counsellors,
  onAdd,
}: {
  counsellors: readonly DirectoryCounsellor[];
  onAdd: (id: string) => void;
}) {
  const { t } = useTranslation();
  const [id, setId] = useState("");
  const [problem, setProblem] = useState<"invalid" | "taken" | null>(null);
  const add = () => {
    const trimmed = id.trim();
    const found = counsellorIdProblem(trimmed, counsellors);
    setProblem(found);
    if (found) return;
    onAdd(trimmed);
    setId("");
  };
  return (
    <div className="editor-entry" data-testid="add-counsellor">
      <TextField
        label={t("admin.counsellorId")}
        hint={t("admin.counsellorIdHint")}
        error={
          problem === "invalid"
            ? t("admin.counsellorIdInvalid")
            : problem === "taken"
              ? t("admin.counsellorIdTaken")
              : undefined
        }
        value={id}
        dir="ltr"
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => setId(event.target.value)}
        onKeyDown={(event) => {
          // Enter adds the counsellor here; it must not save the whole directory.
          if (event.key === "Enter") {
            event.preventDefault();
            add();
          }
        }}
      />
      <button type="button" className="button-secondary" onClick={add}>
        {t("admin.addCounsellor")}
      </button>
    </div>
  );
}

/** The organisation's own interpreters: display name and modes (languages are shown, edited by the network). */
export function InterpretersEditor({
  interpreters,
  onChange,
}: {
  interpreters: DirectoryInterpreter[];
  onChange: (interpreters: DirectoryInterpreter[]) => void;
}) {
  const { t, i18n } = useTranslation();
  if (interpreters.length === 0) return <p className="notice">{t("admin.noInterpreters")}</p>;
  return (
    <>
      {interpreters.map((interpreter, index) => {
        const change = (patch: Partial<DirectoryInterpreter>) =>
          onChange(replaceAt(interpreters, index, { ...interpreter, ...patch }));
        return (
          <fieldset key={interpreter.id} className="editor-entry" data-entry-id={interpreter.id}>
            <legend>{interpreter.displayName || interpreter.id}</legend>
            <TextField
              label={t("admin.displayName")}
              value={interpreter.displayName}
              onChange={(event) => change({ displayName: event.target.value })}
            />
            <p className="hint">
              {t("admin.interprets", {
                languages: Object.keys(interpreter.languages)
                  .map((code) => languageName(code, i18n.language))
                  .join(", "),
              })}
            </p>
            <CheckboxList
              legend={t("admin.modes")}
              options={directoryChannels.map((channel) => ({
                value: channel,
                label: t(`place.channel.${channel}`),
              }))}
              value={interpreter.modes}
              onChange={(modes) => change({ modes })}
            />
          </fieldset>
        );
      })}
    </>
  );
}
