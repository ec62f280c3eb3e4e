import { useTranslation } from "react-i18next";
import type { BookableService } from "../../api/service-types";
import { languageName } from "../../i18n/format-date-time";
import { CheckboxField } from "../../ui/CheckboxField";
import { SelectField } from "../../ui/SelectField";
import { TextField } from "../../ui/TextField";
import type { DeskClient } from "./client-fields";

interface DeskClientFieldsProps {
  client: DeskClient;
  service: BookableService | undefined;
  nameError?: string | undefined;
  onChange: (client: DeskClient) => void;
}

/** Name, phone, language, SMS consent, interpreter: the same for a walk-in and the waitlist. */
export function DeskClientFields({ client, service, nameError, onChange }: DeskClientFieldsProps) {
  const { t, i18n } = useTranslation();
  const languages = service
    ? [...service.languages, ...service.interpreterLanguages]
    : [client.preferredLanguage];
  const change = (patch: Partial<DeskClient>) => onChange({ ...client, ...patch });
  return (
    <>
      <TextField
        label={t("walkIn.name")}
        name="displayName"
        value={client.displayName}
        error={nameError}
        onChange={(event) => change({ displayName: event.target.value })}
      />
      <TextField
        label={t("walkIn.phone")}
        name="phone"
        type="tel"
        dir="ltr"
        value={client.phone}
        onChange={(event) => change({ phone: event.target.value })}
      />
      <SelectField
        label={t("walkIn.language")}
        name="preferredLanguage"
        value={client.preferredLanguage}
        options={languages.map((code) => ({ value: code, label: languageName(code, i18n.language) }))}
        onChange={(event) => {
          const chosen = languages.find((code) => code === event.target.value);
          if (chosen) change({ preferredLanguage: chosen });
        }}
      />
      <CheckboxField
        label={t("walkIn.smsConsent")}
        checked={client.smsConsent}
        onChange={(smsConsent) => change({ smsConsent })}
      />
      <CheckboxField
        label={t("walkIn.interpreter")}
        checked={client.interpreterNeeded}
        onChange={(interpreterNeeded) => change({ interpreterNeeded })}
      />
    </>
  );
}
