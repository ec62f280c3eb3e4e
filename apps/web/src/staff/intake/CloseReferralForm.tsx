import { useMutation } from "@tanstack/react-query";
import { type SubmitEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { referral } from "../../api/service-clients";
import type { ReferralOutcome } from "../../api/service-types";
import { ErrorMessage } from "../../ui/ErrorMessage";
import { SelectField } from "../../ui/SelectField";

export const referralOutcomes = [
  "service_provided",
  "client_withdrew",
  "referred_onward",
  "no_further_contact",
] as const satisfies readonly ReferralOutcome[];

/**
 * The receiving service closes the loop with an outcome code: the referrer sees the code,
 * never case content. Closing is final.
 */
export function CloseReferralForm({ referralId, onDone }: { referralId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [outcome, setOutcome] = useState<ReferralOutcome>("service_provided");
  const close = useMutation({
    mutationFn: () => referral.intake.close.mutate({ referralId, outcome }),
    onSuccess: onDone,
  });
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    close.mutate();
  };
  return (
    <form className="panel" onSubmit={submit} noValidate aria-labelledby={headingId}>
      <h2 id={headingId}>{t("intakeReferral.closeHeading")}</h2>
      <p className="hint">{t("intakeReferral.closeHint")}</p>
      <SelectField
        label={t("intakeReferral.outcome")}
        name="outcome"
        value={outcome}
        options={referralOutcomes.map((value) => ({ value, label: t(`outcomes.${value}`) }))}
        onChange={(event) =>
          setOutcome(referralOutcomes.find((value) => value === event.target.value) ?? "service_provided")
        }
      />
      {close.isError && <ErrorMessage error={close.error} />}
      <button type="submit" className="button-danger" disabled={close.isPending}>
        {t("intakeReferral.close")}
      </button>
    </form>
  );
}
