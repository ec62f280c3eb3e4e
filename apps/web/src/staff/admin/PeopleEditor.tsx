import { useTranslation } from "react-i18next";
import { languageName } from "../../i18n/format-date-time";
import { TextField } from "../../ui/TextField";
import { CheckboxList } from "./CheckboxList";
import {
  directoryChannels,
  directoryLanguages,
  type DirectoryCounsellor,
  type DirectoryInterpreter,
  type DirectoryLocation,
  replaceAt,
} from "./directory-edits";
import { HoursTable } from "./HoursTable";

/** Counsellors: display name, languages, channels, and weekly hours per location. */
export function CounsellorsEditor({
  counsellors,
  locations,
  onChange,
}: {
  counsellors: DirectoryCounsellor[];
  locations: DirectoryLocation[];
  onChange: (counsellors: DirectoryCounsellor[]) => void;
}) {
  const { t, i18n } = useTranslation();
  const locationName = (id: string) => locations.find((location) => location.id === id)?.name ?? id;
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
          </fieldset>
        );
      })}
    </>
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
