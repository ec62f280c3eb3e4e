import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { BookableService, Language } from "../../api/service-types";
import { textIn } from "./booking-draft";

interface ServiceCardProps {
  service: BookableService;
  talkLanguage: Language;
  onChoose: () => void;
}

/** One service in plain words, with what matters before choosing: language help, length, who offers it. */
export function ServiceCard({ service, talkLanguage, onChoose }: ServiceCardProps) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const name = textIn(service.name, i18n.language);
  const description = textIn(service.description, i18n.language);
  const needsInterpreter = !service.languages.includes(talkLanguage);
  return (
    <article className="card" aria-labelledby={headingId} data-service-id={service.id}>
      <h2 id={headingId} lang={name.lang} dir="auto">
        {name.text}
      </h2>
      <p lang={description.lang} dir="auto">
        {description.text}
      </p>
      <ul className="facts">
        <li>{t("service.duration", { count: service.durationMinutes })}</li>
        {needsInterpreter && <li>{t("service.interpreter")}</li>}
        {service.groupCapacity !== null && <li>{t("service.group", { count: service.groupCapacity })}</li>}
        <li>{t("service.by", { organisation: service.organisation.name })}</li>
      </ul>
      <button type="button" className="button-primary" aria-describedby={headingId} onClick={onChoose}>
        {t("service.chooseShort")}
      </button>
    </article>
  );
}
