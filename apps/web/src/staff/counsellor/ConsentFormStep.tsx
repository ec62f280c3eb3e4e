import { type SubmitEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ConsentCategory } from "../../api/service-types";
import { CheckboxField } from "../../ui/CheckboxField";
import { FocusHeading } from "../../ui/FocusHeading";
import { RadioGroup } from "../../ui/RadioGroup";
import { SelectField } from "../../ui/SelectField";
import { TextAreaField } from "../../ui/TextAreaField";
import { TextField } from "../../ui/TextField";
import {
  consentCategories,
  type ConsentForm,
  type ConsentFormErrors,
  consentFormErrors,
  residenceStatuses,
} from "./referral-draft";

interface ConsentFormStepProps {
  form: ConsentForm;
  onChange: (form: ConsentForm) => void;
  onBack: () => void;
  onNext: () => void;
}

const fieldOrder: Array<keyof ConsentForm> = [
  "contactName",
  "contactPhone",
  "residenceStatus",
  "reasonText",
  "healthText",
  "purpose",
  "witnessedBy",
  "givenAt",
  "expiresOn",
];

const givenHowOptions = ["signed_form", "verbal_documented", "electronic"] as const;

/**
 * Step 2, the client's release from professional secrecy: which categories may travel
 * (each explained in plain words), the data for those only, purpose, how and when the
 * client agreed, and until when.
 */
export function ConsentFormStep({ form, onChange, onBack, onNext }: ConsentFormStepProps) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<ConsentFormErrors>({});
  const change = (patch: Partial<ConsentForm>) => onChange({ ...form, ...patch });
  const has = (category: ConsentCategory) => form.categories.includes(category);
  const toggle = (category: ConsentCategory, on: boolean) =>
    change({
      categories: on ? [...form.categories, category] : form.categories.filter((entry) => entry !== category),
    });
  const error = (field: keyof ConsentForm) => {
    const key = errors[field];
    return key ? t(`consentForm.errors.${key}`) : undefined;
  };

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const found = consentFormErrors(form, new Date());
    setErrors(found);
    const first = fieldOrder.find((field) => found[field]);
    if (first) {
      formRef.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
      return;
    }
    onNext();
  };

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="staff-form consent-form">
      <FocusHeading>{t("consentForm.heading")}</FocusHeading>
      <p>{t("consentForm.intro")}</p>
      <fieldset className="field-group">
        <legend>{t("consentForm.categoriesLegend")}</legend>
        <p className="hint">{t("consentForm.categoriesHint")}</p>
        {consentCategories.map((category) => (
          <div key={category} className="consent-category">
            <CheckboxField
              name={`category-${category}`}
              label={t(`consentForm.categories.${category}.label`)}
              hint={t(`consentForm.categories.${category}.explain`)}
              checked={has(category)}
              onChange={(on) => toggle(category, on)}
            />
            {category === "contact" && has("contact") && (
              <div className="category-data">
                <TextField
                  label={t("consentForm.contactName")}
                  name="contactName"
                  value={form.contactName}
                  error={error("contactName")}
                  onChange={(event) => change({ contactName: event.target.value })}
                />
                <TextField
                  label={t("consentForm.contactPhone")}
                  hint={t("consentForm.contactPhoneHint")}
                  name="contactPhone"
                  type="tel"
                  dir="ltr"
                  value={form.contactPhone}
                  error={error("contactPhone")}
                  onChange={(event) => change({ contactPhone: event.target.value })}
                />
                <TextField
                  label={t("consentForm.contactNote")}
                  hint={t("consentForm.contactNoteHint")}
                  name="contactNote"
                  value={form.contactNote}
                  onChange={(event) => change({ contactNote: event.target.value })}
                />
              </div>
            )}
            {category === "language" && has("language") && (
              <div className="category-data">
                <TextField
                  label={t("consentForm.dialect")}
                  name="dialect"
                  value={form.dialect}
                  onChange={(event) => change({ dialect: event.target.value })}
                />
              </div>
            )}
            {category === "residence_status" && has("residence_status") && (
              <div className="category-data">
                <SelectField
                  label={t("consentForm.residenceStatus")}
                  name="residenceStatus"
                  value={form.residenceStatus}
                  error={error("residenceStatus")}
                  options={[
                    { value: "", label: t("referralForm.choose") },
                    ...residenceStatuses.map((status) => ({
                      value: status,
                      label: t(`residenceStatuses.${status}`),
                    })),
                  ]}
                  onChange={(event) =>
                    change({
                      residenceStatus:
                        residenceStatuses.find((status) => status === event.target.value) ?? "",
                    })
                  }
                />
                <TextField
                  label={t("consentForm.residenceValidUntil")}
                  name="residenceValidUntil"
                  type="date"
                  value={form.residenceValidUntil}
                  onChange={(event) => change({ residenceValidUntil: event.target.value })}
                />
              </div>
            )}
            {category === "referral_reason" && has("referral_reason") && (
              <div className="category-data">
                <TextAreaField
                  label={t("consentForm.reasonText")}
                  name="reasonText"
                  value={form.reasonText}
                  error={error("reasonText")}
                  onChange={(event) => change({ reasonText: event.target.value })}
                />
              </div>
            )}
            {category === "health_notes" && has("health_notes") && (
              <div className="category-data">
                <TextAreaField
                  label={t("consentForm.healthText")}
                  hint={t("consentForm.healthTextHint")}
                  name="healthText"
                  value={form.healthText}
                  error={error("healthText")}
                  onChange={(event) => change({ healthText: event.target.value })}
                />
              </div>
            )}
          </div>
        ))}
        {form.categories.length === 0 && <p className="notice">{t("consentForm.nothingReleased")}</p>}
      </fieldset>
      <TextAreaField
        label={t("consentForm.purpose")}
        hint={t("consentForm.purposeHint")}
        name="purpose"
        value={form.purpose}
        error={error("purpose")}
        onChange={(event) => change({ purpose: event.target.value })}
      />
      <RadioGroup
        legend={t("consentForm.givenHow")}
        name="givenHow"
        value={form.givenHow}
        options={givenHowOptions.map((how) => ({
          value: how,
          label: t(`consentForm.how.${how}`),
        }))}
        onChange={(value) =>
          change({ givenHow: givenHowOptions.find((how) => how === value) ?? "signed_form" })
        }
      />
      {form.givenHow === "verbal_documented" && (
        <TextField
          label={t("consentForm.witnessedBy")}
          hint={t("consentForm.witnessedByHint")}
          name="witnessedBy"
          value={form.witnessedBy}
          error={error("witnessedBy")}
          onChange={(event) => change({ witnessedBy: event.target.value })}
        />
      )}
      <TextField
        label={t("consentForm.givenAt")}
        name="givenAt"
        type="datetime-local"
        value={form.givenAt}
        error={error("givenAt")}
        onChange={(event) => change({ givenAt: event.target.value })}
      />
      <TextField
        label={t("consentForm.expiresOn")}
        hint={t("consentForm.expiresOnHint")}
        name="expiresOn"
        type="date"
        value={form.expiresOn}
        error={error("expiresOn")}
        onChange={(event) => change({ expiresOn: event.target.value })}
      />
      <div className="button-row">
        <button type="button" className="button-secondary" onClick={onBack}>
          {t("referralForm.back")}
        </button>
        <button type="submit" className="button-primary">
          {t("consentForm.next")}
        </button>
      </div>
    </form>
  );
}
