import { useTranslation } from "react-i18next";
import { languageName } from "../../i18n/format-date-time";
import { TextAreaField } from "../../ui/TextAreaField";
import { TextField } from "../../ui/TextField";
import { CheckboxList } from "./CheckboxList";
import { directoryChannels, directoryLanguages, type DirectoryService, replaceAt } from "./directory-edits";

/** Languages a description is offered in on the form: German and English are required, the rest optional. */
const descriptionLanguages = ["de", "en", "ar", "fa", "uk", "ru", "tr"] as const;

/** Each service: plain-language description per language, languages, channels, durations, referral deadline. */
export function ServicesEditor({
  services,
  onChange,
}: {
  services: DirectoryService[];
  onChange: (services: DirectoryService[]) => void;
}) {
  const { t, i18n } = useTranslation();
  const number = (value: string) => (value === "" ? Number.NaN : Number(value));
  return (
    <>
      {services.map((service, index) => {
        const change = (patch: Partial<DirectoryService>) =>
          onChange(replaceAt(services, index, { ...service, ...patch }));
        return (
          <fieldset key={service.id} className="editor-entry" data-entry-id={service.id}>
            <legend>
              <span lang="de">{service.name.de}</span>
            </legend>
            {descriptionLanguages.map((language) => (
              <TextAreaField
                key={language}
                label={t("admin.description", { language: languageName(language, i18n.language) })}
                lang={language}
                dir={language === "ar" || language === "fa" ? "rtl" : "ltr"}
                value={service.description[language] ?? ""}
                onChange={(event) => {
                  const text = event.target.value;
                  // An emptied optional translation is left out (booking refuses empty texts).
                  const rest = Object.fromEntries(
                    Object.entries(service.description).filter(([code]) => code !== language),
                  ) as typeof service.description;
                  const keep = text !== "" || language === "de" || language === "en";
                  change({ description: keep ? { ...rest, [language]: text } : rest });
                }}
              />
            ))}
            <CheckboxList
              legend={t("admin.languages")}
              options={directoryLanguages.map((code) => ({
                value: code,
                label: languageName(code, i18n.language),
              }))}
              value={service.languages}
              onChange={(languages) => change({ languages })}
            />
            <CheckboxList
              legend={t("admin.channels")}
              options={directoryChannels.map((channel) => ({
                value: channel,
                label: t(`place.channel.${channel}`),
              }))}
              value={service.channels}
              onChange={(channels) => change({ channels })}
            />
            <div className="field-row">
              <TextField
                label={t("admin.duration")}
                type="number"
                inputMode="numeric"
                name={`services.${index}.defaultDurationMinutes`}
                value={Number.isNaN(service.defaultDurationMinutes) ? "" : service.defaultDurationMinutes}
                onChange={(event) => change({ defaultDurationMinutes: number(event.target.value) })}
              />
              <TextField
                label={t("admin.bufferAfter")}
                type="number"
                inputMode="numeric"
                value={Number.isNaN(service.bufferAfterMinutes) ? "" : service.bufferAfterMinutes}
                onChange={(event) => change({ bufferAfterMinutes: number(event.target.value) })}
              />
              <TextField
                label={t("admin.acceptWithin")}
                type="number"
                inputMode="numeric"
                value={service.referralAcceptWithinWorkingDays ?? 10}
                onChange={(event) => change({ referralAcceptWithinWorkingDays: number(event.target.value) })}
              />
            </div>
          </fieldset>
        );
      })}
    </>
  );
}
