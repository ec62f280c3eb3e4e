import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type SubmitEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { referral } from "../../api/service-clients";
import { ErrorMessage } from "../../ui/ErrorMessage";
import { SelectField } from "../../ui/SelectField";
import { TextField } from "../../ui/TextField";

const reasons = ["client_request", "no_longer_needed", "consent_revoked", "sent_in_error", "other"] as const;

/** The referrer withdraws the referral (a held slot is let go by the service). */
export function CancelReferralForm({ referralId }: { referralId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState<(typeof reasons)[number]>("client_request");
  const [note, setNote] = useState("");
  const cancel = useMutation({
    mutationFn: () =>
      referral.counsellor.cancel.mutate({ referralId, reason, reasonNote: note.trim() || null }),
    onSuccess: () => {
      setOpen(false);
      void queryClient.invalidateQueries({ queryKey: ["counsellor.timeline", referralId] });
    },
  });
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    cancel.mutate();
  };
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("timeline.cancelHeading")}</h2>
      {!open ? (
        <button type="button" className="button-secondary" onClick={() => setOpen(true)}>
          {t("timeline.cancelOpen")}
        </button>
      ) : (
        <form onSubmit={submit} noValidate>
          <SelectField
            label={t("timeline.cancelReason")}
            value={reason}
            options={reasons.map((value) => ({ value, label: t(`cancelReasons.${value}`) }))}
            onChange={(event) => setReason(reasons.find((value) => value === event.target.value) ?? "other")}
          />
          <TextField
            label={t("timeline.cancelNote")}
            value={note}
            onChange={(event) => setNote(event.target.value)}
          />
          {cancel.isError && <ErrorMessage error={cancel.error} />}
          <div className="button-row">
            <button type="submit" className="button-danger" disabled={cancel.isPending}>
              {t("timeline.cancelSubmit")}
            </button>
            <button type="button" className="button-secondary" onClick={() => setOpen(false)}>
              {t("timeline.cancelKeep")}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
