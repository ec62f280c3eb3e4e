import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { booking } from "../../api/service-clients";
import type { BookableService, Language } from "../../api/service-types";
import { languageName } from "../../i18n/format-date-time";
import { ErrorMessage } from "../../ui/ErrorMessage";
import { StatusMessage } from "../../ui/StatusMessage";
import { FocusHeading } from "../../ui/FocusHeading";
import { SelectField } from "../../ui/SelectField";
import { ServiceCard } from "./ServiceCard";

interface ServiceStepProps {
  talkLanguage: Language;
  onTalkLanguageChange: (language: Language) => void;
  onChoose: (service: BookableService) => void;
}

function speaks(service: BookableService, language: Language): boolean {
  return service.languages.includes(language) || service.interpreterLanguages.includes(language);
}

/**
 * Step 1: which service, described in plain words, narrowed to those that can talk in the
 * client's language (the app's language and the counselling language may differ).
 */
export function ServiceStep({ talkLanguage, onTalkLanguageChange, onChoose }: ServiceStepProps) {
  const { t, i18n } = useTranslation();
  // One query for all services; the language filter runs here, so switching it is instant.
  const services = useQuery({
    queryKey: ["directory.services"],
    queryFn: () => booking.directory.services.query({}),
    staleTime: 5 * 60_000,
  });
  const allLanguages = [
    ...new Set((services.data ?? []).flatMap((entry) => [...entry.languages, ...entry.interpreterLanguages])),
  ];
  const languageOptions = (
    allLanguages.includes(talkLanguage) ? allLanguages : [talkLanguage, ...allLanguages]
  )
    .map((code) => ({ value: code, label: languageName(code, i18n.language) }))
    .sort((a, b) => a.label.localeCompare(b.label, i18n.language));
  const matching = (services.data ?? []).filter((entry) => speaks(entry, talkLanguage));

  return (
    <section>
      <FocusHeading>{t("service.heading")}</FocusHeading>
      <p>{t("service.intro")}</p>
      <SelectField
        label={t("service.talkLanguage")}
        hint={t("service.talkLanguageHint")}
        value={talkLanguage}
        options={languageOptions}
        onChange={(event) => {
          const chosen = allLanguages.find((code) => code === event.target.value);
          if (chosen) onTalkLanguageChange(chosen);
        }}
      />
      {services.isPending && <StatusMessage>{t("app.loading")}</StatusMessage>}
      {services.isError && <ErrorMessage error={services.error} />}
      {services.isSuccess && matching.length === 0 && <p className="notice">{t("service.none")}</p>}
      <ul className="card-list">
        {matching.map((service) => (
          <li key={service.id}>
            <ServiceCard service={service} talkLanguage={talkLanguage} onChoose={() => onChoose(service)} />
          </li>
        ))}
      </ul>
    </section>
  );
}
