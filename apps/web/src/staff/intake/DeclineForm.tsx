import { useMutation } from "@tanstack/react-query";
import { type SubmitEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { referral } from "../../api/service-clients";
import type { DeclineReason, ServiceKind } from "../../api/service-types";
import { ErrorMessage } from "../../ui/ErrorMessage";
import { SelectField } from "../../ui/SelectField";
import { TextField } from "../../ui/TextField";

const reasons = [
  "no_capacity",
  "not_in_scope",
  "outside_catchment_area",
  "language_not_available",
  "duplicate",
  "other",
] as const satisfies readonly DeclineReason[];

/** Decline with a reason (shown to the referrer, no case content) and optionally a better service. */
export function DeclineForm({
  referralId,
  kinds,
  onDone,
}: {
  referralId: string;
  kinds: ServiceKind[];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const [reason, setReason] = useState<DeclineReason>("no_capacity");
  const [note, setNote] = useState("");
  const [suggestion, setSuggestion] = useState<ServiceKind | "">("");
  const decline = useMutation({
    mutationFn: () =>
      referral.intake.decline.mutate({
        referralId,
        reason,
        reasonNote: note.trim() || null,
        suggestedService: suggestion
          ? { serviceKind: suggestion, organisationId: null, serviceId: null }
          : null,
      }),
    onSuccess: onDone,
  });
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    decline.mutate();
  };
  return (
    <form className="panel" onSubmit={submit} noValidate aria-labelledby={headingId}>
      <h2 id={headingId}>{t("intakeReferral.declineHeading")}</h2>
      <SelectField
        label={t("intakeReferral.declineReason")}
        name="declineReason"
        value={reason}
        options={reasons.map((value) => ({ value, label: t(`declineReasons.${value}`) }))}
        onChange={(event) => setReason(reasons.find((value) => value === event.target.value) ?? "other")}
      />
      <TextField
        label={t("intakeReferral.declineNote")}
        hint={t("intakeReferral.declineNoteHint")}
        name="declineNote"
        value={note}
        onChange={(event) => setNote(event.target.value)}
      />
      <SelectField
        label={t("intakeReferral.suggestion")}
        name="suggestion"
        value={suggestion}
        options={[
          { value: "", label: t("intakeReferral.noSuggestion") },
          ...kinds.map((kind) => ({ value: kind, label: t(`serviceKinds.${kind}`) })),
        ]}
        onChange={(event) => setSuggestion(kinds.find((kind) => kind === event.target.value) ?? "")}
      />
      {decline.isError && <ErrorMessage error={decline.error} />}
      <button type="submit" className="button-danger" disabled={decline.isPending}>
        {t("intakeReferral.decline")}
      </button>
    </form>
  );
}
