import { useTranslation } from "react-i18next";
import type { BookableService } from "../../api/service-types";
import { RadioGroup } from "../../ui/RadioGroup";
import { SelectField } from "../../ui/SelectField";
import { TextField } from "../../ui/TextField";
import { federalStateNames, isFederalState } from "../federal-states";
import { recipientChoices, recipientScopes, regionChoices, type ReferralForm } from "./referral-draft";

interface RecipientFieldsProps {
  form: ReferralForm;
  services: BookableService[];
  /** Translated error of a field of the form, if any. */
  error: (field: keyof ReferralForm) => string | undefined;
  onChange: (patch: Partial<ReferralForm>) => void;
}

/**
 * Where the referral goes: the kind of service, then one service at one office, or any
 * service of the kind in a Land (the first one that accepts takes the client; for when the
 * counsellor does not know which office has room).
 */
export function RecipientFields({ form, services, error, onChange }: RecipientFieldsProps) {
  const { t } = useTranslation();
  const kinds = [...new Set(services.map((service) => service.kind))];
  const choices = recipientChoices(services, form.toKind);
  const regions = regionChoices(services, form.toKind);
  return (
    <fieldset className="field-group">
      <legend>{t("referralForm.recipient")}</legend>
      <SelectField
        label={t("referralForm.toKind")}
        name="toKind"
        value={form.toKind}
        error={error("toKind")}
        options={[
          { value: "", label: t("referralForm.choose") },
          ...kinds.map((kind) => ({ value: kind, label: t(`serviceKinds.${kind}`) })),
        ]}
        onChange={(event) => {
          const kind = kinds.find((entry) => entry === event.target.value) ?? "";
          onChange({ toKind: kind, toChoice: "", toFederalState: "" });
        }}
      />
      {form.toKind && (
        <RadioGroup
          legend={t("referralForm.scope")}
          name="toScope"
          value={form.toScope}
          options={recipientScopes.map((scope) => ({
            value: scope,
            label: t(`referralForm.scopes.${scope}`),
            details: t(`referralForm.scopeHints.${scope}`),
          }))}
          onChange={(value) =>
            onChange({ toScope: recipientScopes.find((scope) => scope === value) ?? "organisation" })
          }
        />
      )}
      {form.toKind && form.toScope === "organisation" && (
        <SelectField
          label={t("referralForm.toChoice")}
          hint={t("referralForm.toChoiceHint")}
          name="toChoice"
          value={form.toChoice}
          error={error("toChoice")}
          options={[
            { value: "", label: t("referralForm.choose") },
            ...choices.map((choice) => ({
              value: choice.value,
              label: `${choice.service.organisation.name} · ${choice.location.name} (${t("referralForm.acceptWithin", { count: choice.service.referralAcceptWithinWorkingDays })})`,
            })),
          ]}
          onChange={(event) => onChange({ toChoice: event.target.value })}
        />
      )}
      {form.toKind && form.toScope === "region" && (
        <>
          <SelectField
            label={t("referralForm.federalState")}
            hint={t("referralForm.federalStateHint")}
            name="toFederalState"
            value={form.toFederalState}
            error={error("toFederalState")}
            options={[
              { value: "", label: t("referralForm.choose") },
              ...regions.map((state) => ({ value: state, label: federalStateNames[state] })),
            ]}
            onChange={(event) =>
              onChange({ toFederalState: isFederalState(event.target.value) ? event.target.value : "" })
            }
          />
          <TextField
            label={t("referralForm.nearPostalCodeLabel")}
            hint={t("referralForm.nearPostalCodeHint")}
            name="toNearPostalCode"
            inputMode="numeric"
            dir="ltr"
            autoComplete="off"
            maxLength={5}
            value={form.toNearPostalCode}
            error={error("toNearPostalCode")}
            onChange={(event) => onChange({ toNearPostalCode: event.target.value })}
          />
        </>
      )}
    </fieldset>
  );
}
