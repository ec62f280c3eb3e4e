import { type SubmitEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { BookableService, Language } from "../../api/service-types";
import { textIn } from "../../client/booking/booking-draft";
import { berlinDateOf, languageName } from "../../i18n/format-date-time";
import { CheckboxField } from "../../ui/CheckboxField";
import { FocusHeading } from "../../ui/FocusHeading";
import { RadioGroup } from "../../ui/RadioGroup";
import { SelectField } from "../../ui/SelectField";
import { TextField } from "../../ui/TextField";
import { RecipientFields } from "./RecipientFields";
import {
  reasonCodes,
  type ReferralForm,
  type ReferralFormErrors,
  referralFormErrors,
  urgencies,
} from "./referral-draft";

interface ReferralFormStepProps {
  form: ReferralForm;
  /** Every service of the network (booking's public directory). */
  services: BookableService[];
  /** The counsellor's own organisation's services: the referral comes from one of them. */
  ownServices: BookableService[];
  onChange: (form: ReferralForm) => void;
  onNext: () => void;
}

const fieldOrder: Array<keyof ReferralForm> = [
  "clientReference",
  "fromServiceId",
  "toKind",
  "toChoice",
  "toFederalState",
  "toNearPostalCode",
  "reasonCode",
  "legalDeadlineDueOn",
  "legalDeadlineDescription",
];

/** Step 1: who is referred where, why, how urgently, in which language, by when. */
export function ReferralFormStep({ form, services, ownServices, onChange, onNext }: ReferralFormStepProps) {
  const { t, i18n } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<ReferralFormErrors>({});
  const change = (patch: Partial<ReferralForm>) => onChange({ ...form, ...patch });
  const error = (field: keyof ReferralForm) => {
    const key = errors[field];
    return key ? t(`referralForm.errors.${key}`) : undefined;
  };
  const languages = [...new Set(services.flatMap((service) => service.languages))] as Language[];

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const found = referralFormErrors(form, berlinDateOf(new Date()));
    setErrors(found);
    const first = fieldOrder.find((field) => found[field]);
    if (first) {
      formRef.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
      return;
    }
    onNext();
  };

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="staff-form">
      <FocusHeading>{t("referralForm.heading")}</FocusHeading>
      <p className="hint">{t("referralForm.intro")}</p>
      <TextField
        label={t("referralForm.clientReference")}
        hint={t("referralForm.clientReferenceHint")}
        name="clientReference"
        value={form.clientReference}
        error={error("clientReference")}
        onChange={(event) => change({ clientReference: event.target.value })}
      />
      {ownServices.length > 1 && (
        <SelectField
          label={t("referralForm.fromService")}
          name="fromServiceId"
          value={form.fromServiceId}
          options={ownServices.map((service) => ({
            value: service.id,
            label: textIn(service.name, i18n.language).text,
          }))}
          onChange={(event) => change({ fromServiceId: event.target.value })}
        />
      )}
      <RecipientFields form={form} services={services} error={error} onChange={change} />
      <SelectField
        label={t("referralForm.reasonCode")}
        name="reasonCode"
        value={form.reasonCode}
        error={error("reasonCode")}
        options={[
          { value: "", label: t("referralForm.choose") },
          ...reasonCodes.map((code) => ({ value: code, label: t(`reasonCodes.${code}`) })),
        ]}
        onChange={(event) =>
          change({ reasonCode: reasonCodes.find((code) => code === event.target.value) ?? "" })
        }
      />
      <RadioGroup
        legend={t("referralForm.urgency")}
        name="urgency"
        value={form.urgency}
        options={urgencies.map((urgency) => ({ value: urgency, label: t(`urgency.${urgency}`) }))}
        onChange={(value) => change({ urgency: urgencies.find((urgency) => urgency === value) ?? "routine" })}
      />
      <SelectField
        label={t("referralForm.language")}
        hint={t("referralForm.languageHint")}
        name="language"
        value={form.language}
        options={languages.map((code) => ({ value: code, label: languageName(code, i18n.language) }))}
        onChange={(event) => {
          const language = languages.find((code) => code === event.target.value);
          if (language) change({ language });
        }}
      />
      <CheckboxField
        label={t("referralForm.interpreter")}
        checked={form.interpreterNeeded}
        onChange={(interpreterNeeded) => change({ interpreterNeeded })}
      />
      <CheckboxField
        label={t("referralForm.hasDeadline")}
        hint={t("referralForm.hasDeadlineHint")}
        checked={form.hasLegalDeadline}
        onChange={(hasLegalDeadline) => change({ hasLegalDeadline })}
      />
      {form.hasLegalDeadline && (
        <>
          <TextField
            label={t("referralForm.deadlineDate")}
            name="legalDeadlineDueOn"
            type="date"
            value={form.legalDeadlineDueOn}
            error={error("legalDeadlineDueOn")}
            onChange={(event) => change({ legalDeadlineDueOn: event.target.value })}
          />
          <TextField
            label={t("referralForm.deadlineDescription")}
            hint={t("referralForm.deadlineDescriptionHint")}
            name="legalDeadlineDescription"
            value={form.legalDeadlineDescription}
            error={error("legalDeadlineDescription")}
            onChange={(event) => change({ legalDeadlineDescription: event.target.value })}
          />
        </>
      )}
      <button type="submit" className="button-primary">
        {t("referralForm.next")}
      </button>
    </form>
  );
}
