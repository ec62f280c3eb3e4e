import { useMutation } from "@tanstack/react-query";
import { useRef } from "react";
import { useTranslation } from "react-i18next";
import { referral } from "../../api/service-clients";
import type { BookableService } from "../../api/service-types";
import { formatDateTime, languageName } from "../../i18n/format-date-time";
import { ErrorMessage } from "../../ui/ErrorMessage";
import { FocusHeading } from "../../ui/FocusHeading";
import { federalStateNames } from "../federal-states";
import {
  consentCategories,
  type ConsentForm,
  consentInputOf,
  draftInputOf,
  type ReferralForm,
} from "./referral-draft";

interface SendStepProps {
  referralForm: ReferralForm;
  consentForm: ConsentForm;
  services: BookableService[];
  onBack: () => void;
  onSent: (referralId: string) => void;
}

/**
 * Step 3: what will go where, then draft → consent → send. A draft made by a failed try is
 * reused by the next one (consent is recorded again, which a draft allows).
 */
export function SendStep({ referralForm, consentForm, services, onBack, onSent }: SendStepProps) {
  const { t, i18n } = useTranslation();
  const draftId = useRef<string | null>(null);
  const draft = draftInputOf(referralForm, consentForm, services);
  const consent = consentInputOf(consentForm);
  const send = useMutation({
    mutationFn: async () => {
      draftId.current ??= (await referral.counsellor.createDraft.mutate(draft)).referralId;
      const referralId = draftId.current;
      await referral.counsellor.recordConsent.mutate({ referralId, consent });
      await referral.counsellor.send.mutate({ referralId });
      return referralId;
    },
    onSuccess: onSent,
  });
  const recipient = draft.to.scope === "organisation" ? draft.to : null;
  const service = services.find((entry) => entry.id === recipient?.serviceId);
  const location = service?.locations.find((entry) => entry.id === recipient?.locationId);

  return (
    <section className="staff-form">
      <FocusHeading>{t("sendStep.heading")}</FocusHeading>
      <dl className="summary">
        <dt>{t("sendStep.to")}</dt>
        <dd>
          {t(`serviceKinds.${draft.to.serviceKind}`)}
          {service && location && (
            <>
              <br />
              {service.organisation.name} · {location.name}
            </>
          )}
          {draft.to.scope === "region" && (
            <>
              <br />
              {t("referralForm.anyInRegion", { state: federalStateNames[draft.to.federalState] })}
              {draft.to.nearPostalCode &&
                ` · ${t("referralForm.nearPostalCode", { postalCode: draft.to.nearPostalCode })}`}
            </>
          )}
        </dd>
        <dt>{t("referralForm.reasonCode")}</dt>
        <dd>{t(`reasonCodes.${draft.reasonCode}`)}</dd>
        <dt>{t("referralForm.urgency")}</dt>
        <dd>{t(`urgency.${draft.urgency}`)}</dd>
        <dt>{t("referralForm.language")}</dt>
        <dd>
          {languageName(draft.communication.language, i18n.language)}
          {draft.communication.interpreterNeeded && ` · ${t("referralForm.interpreter")}`}
        </dd>
        {draft.legalDeadline && (
          <>
            <dt>{t("sendStep.deadline")}</dt>
            <dd>
              {draft.legalDeadline.dueOn} · {draft.legalDeadline.description}
            </dd>
          </>
        )}
        <dt>{t("sendStep.released")}</dt>
        <dd>
          {consent.dataCategories.length === 0
            ? t("sendStep.nothingReleased")
            : consent.dataCategories
                .map((category) => t(`consentForm.categories.${category}.label`))
                .join(", ")}
        </dd>
        <dt>{t("sendStep.withheld")}</dt>
        <dd>
          {consentCategories
            .filter((category) => !consent.dataCategories.includes(category))
            .map((category) => t(`consentForm.categories.${category}.label`))
            .join(", ") || t("sendStep.nothingWithheld")}
        </dd>
        <dt>{t("consentForm.purpose")}</dt>
        <dd>{consent.purpose}</dd>
        <dt>{t("consentForm.givenHow")}</dt>
        <dd>
          {t(`consentForm.how.${consent.givenHow}`)}
          {consent.witnessedBy && ` · ${consent.witnessedBy}`} ·{" "}
          {formatDateTime(consent.givenAt, i18n.language)}
        </dd>
        <dt>{t("consentForm.expiresOn")}</dt>
        <dd>{formatDateTime(consent.expiresAt, i18n.language)}</dd>
      </dl>
      <p className="hint">{t("sendStep.onlyStatusBack")}</p>
      {send.isError && <ErrorMessage error={send.error} />}
      <div className="button-row">
        <button type="button" className="button-secondary" onClick={onBack} disabled={send.isPending}>
          {t("referralForm.back")}
        </button>
        <button
          type="button"
          className="button-primary"
          disabled={send.isPending}
          onClick={() => send.mutate()}
        >
          {send.isPending ? t("sendStep.sending") : t("sendStep.send")}
        </button>
      </div>
    </section>
  );
}
