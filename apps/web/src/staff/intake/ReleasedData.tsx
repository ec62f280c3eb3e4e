import { useTranslation } from "react-i18next";
import type { ReceiverView } from "../../api/service-types";
import { formatDateTime } from "../../i18n/format-date-time";

/** Only what the client released, category by category (the service sends no more). */
export function ReleasedData({ view }: { view: ReceiverView }) {
  const { t, i18n } = useTranslation();
  const data = view.sharedData;
  const consent = view.consent;
  return (
    <>
      {consent && (
        <p className="hint">
          {t("intakeReferral.consent", {
            purpose: consent.purpose,
            how: t(`consentForm.how.${consent.givenHow}`),
            until: formatDateTime(consent.expiresAt, i18n.language),
          })}
        </p>
      )}
      <dl className="summary" data-testid="released-data">
        {data.contact && (
          <>
            <dt>{t("consentForm.categories.contact.label")}</dt>
            <dd>
              {data.contact.name}
              {data.contact.phone && (
                <>
                  {" · "}
                  <span dir="ltr">{data.contact.phone}</span>
                </>
              )}
              {data.contact.note && ` · ${data.contact.note}`}
            </dd>
          </>
        )}
        {data.language && (
          <>
            <dt>{t("consentForm.categories.language.label")}</dt>
            <dd>{data.language.dialect ?? "–"}</dd>
          </>
        )}
        {data.residence_status && (
          <>
            <dt>{t("consentForm.categories.residence_status.label")}</dt>
            <dd>
              {t(`residenceStatuses.${data.residence_status.status}`)}
              {data.residence_status.validUntil && ` · ${data.residence_status.validUntil}`}
            </dd>
          </>
        )}
        {data.referral_reason && (
          <>
            <dt>{t("consentForm.categories.referral_reason.label")}</dt>
            <dd>{data.referral_reason.text}</dd>
          </>
        )}
        {data.health_notes && (
          <>
            <dt>{t("consentForm.categories.health_notes.label")}</dt>
            <dd>{data.health_notes.text}</dd>
          </>
        )}
      </dl>
      {Object.keys(data).length === 0 && <p className="notice">{t("intakeReferral.nothingReleased")}</p>}
    </>
  );
}
