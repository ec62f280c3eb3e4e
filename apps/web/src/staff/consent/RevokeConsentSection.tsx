import { useMutation } from "@tanstack/react-query";
import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ConsentCategory, ReferralStatus } from "../../api/service-types";
import { formatDateTime } from "../../i18n/format-date-time";
import { CheckboxField } from "../../ui/CheckboxField";
import { ErrorMessage } from "../../ui/ErrorMessage";
import { FocusHeading } from "../../ui/FocusHeading";
import { type RevokedCategories, revocationEffects, revokedCategoriesOf } from "./revocation";

interface RevokeConsentSectionProps {
  /** The categories the consent still releases. */
  released: ConsentCategory[];
  status: ReferralStatus;
  appointmentStatus: string | null;
  /** The referral service's revocation for this side (counsellor or intake). */
  revoke: (categories: RevokedCategories) => Promise<{ appointmentKept: { startsAt: string } | null }>;
  onDone: () => void;
}

type Step = "closed" | "choose" | "confirm";

/**
 * The client takes back (part of) their consent, told to either side: choose what, read
 * what will be erased and what follows, then confirm. Erasing cannot be undone, hence the
 * confirmation step; nothing happens before it.
 */
export function RevokeConsentSection({
  released,
  status,
  appointmentStatus,
  revoke,
  onDone,
}: RevokeConsentSectionProps) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const [step, setStep] = useState<Step>("closed");
  const [chosen, setChosen] = useState<ConsentCategory[]>(released);
  const [noneChosen, setNoneChosen] = useState(false);
  const effects = revocationEffects(released, chosen, status, appointmentStatus);
  const mutation = useMutation({
    mutationFn: () => revoke(revokedCategoriesOf(released, chosen)),
    onSuccess: () => {
      setStep("closed");
      onDone();
    },
  });
  const label = (category: ConsentCategory) => t(`consentForm.categories.${category}.label`);
  // The confirmation is gone once done: focus moves to what happened, not to the page's start.
  const doneRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (mutation.isSuccess) doneRef.current?.focus();
  }, [mutation.isSuccess]);

  return (
    <section className="panel revoke-consent" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("revokeConsent.heading")}</h2>
      {mutation.isSuccess && (
        <div ref={doneRef} tabIndex={-1} className="alert alert-success" role="status">
          <p>{t("revokeConsent.done")}</p>
          {mutation.data.appointmentKept && (
            <p>
              {t("revokeConsent.appointmentKeptNow", {
                when: formatDateTime(mutation.data.appointmentKept.startsAt, i18n.language),
              })}
            </p>
          )}
        </div>
      )}
      {step === "closed" && released.length === 0 && !mutation.isSuccess && (
        <p className="hint">{t("revokeConsent.nothingLeft")}</p>
      )}
      {step === "closed" && released.length > 0 && (
        <>
          <p className="hint">{t("revokeConsent.hint")}</p>
          <button type="button" className="button-secondary" onClick={() => setStep("choose")}>
            {t("revokeConsent.open")}
          </button>
        </>
      )}
      {step === "choose" && (
        <fieldset className={noneChosen ? "field-group field-invalid" : "field-group"}>
          <legend>{t("revokeConsent.whichLegend")}</legend>
          {noneChosen && <p className="field-error">{t("revokeConsent.noneChosen")}</p>}
          {released.map((category) => (
            <CheckboxField
              key={category}
              label={label(category)}
              checked={chosen.includes(category)}
              onChange={(checked) =>
                setChosen((current) =>
                  checked ? [...current, category] : current.filter((entry) => entry !== category),
                )
              }
            />
          ))}
          <div className="button-row">
            <button
              type="button"
              className="button-primary"
              onClick={() => {
                setNoneChosen(effects.erased.length === 0);
                if (effects.erased.length > 0) setStep("confirm");
              }}
            >
              {t("revokeConsent.next")}
            </button>
            <button type="button" className="button-secondary" onClick={() => setStep("closed")}>
              {t("revokeConsent.keep")}
            </button>
          </div>
        </fieldset>
      )}
      {step === "confirm" && (
        <div className="confirm-box" data-testid="revoke-confirmation">
          <FocusHeading level={2}>{t("revokeConsent.confirmHeading")}</FocusHeading>
          <ul>
            <li>{t("revokeConsent.erased", { categories: effects.erased.map(label).join(", ") })}</li>
            {effects.othersTold && <li>{t("revokeConsent.othersTold")}</li>}
            {effects.notesErased && <li>{t("revokeConsent.notesErased")}</li>}
            {effects.endsReferral && <li>{t("revokeConsent.endsReferral")}</li>}
            {effects.appointmentKept && <li>{t("revokeConsent.appointmentKept")}</li>}
            <li>{t("revokeConsent.final")}</li>
          </ul>
          {mutation.isError && <ErrorMessage error={mutation.error} />}
          <div className="button-row">
            <button
              type="button"
              className="button-danger"
              disabled={mutation.isPending}
              onClick={() => mutation.mutate()}
            >
              {t("revokeConsent.confirm")}
            </button>
            <button
              type="button"
              className="button-secondary"
              disabled={mutation.isPending}
              onClick={() => setStep("choose")}
            >
              {t("revokeConsent.back")}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
