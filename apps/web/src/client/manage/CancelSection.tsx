import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { booking } from "../../api/service-clients";
import { ErrorMessage } from "../../ui/ErrorMessage";
import { FocusHeading } from "../../ui/FocusHeading";

interface CancelSectionProps {
  appointmentId: string;
  manageToken: string;
  onCancelled: () => void;
}

/** Cancel with one confirming question (no modal: simpler for screen readers and small screens). */
export function CancelSection({ appointmentId, manageToken, onCancelled }: CancelSectionProps) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const cancel = useMutation({
    mutationFn: () => booking.appointments.cancel.mutate({ appointmentId, manageToken }),
    onSuccess: onCancelled,
  });

  if (cancel.isSuccess) {
    return (
      <div className="alert alert-success">
        <FocusHeading level={2}>{t("manage.cancelled")}</FocusHeading>
      </div>
    );
  }
  return (
    <div className="manage-action">
      {!asking ? (
        <button type="button" className="button-danger" onClick={() => setAsking(true)}>
          {t("manage.cancel")}
        </button>
      ) : (
        <div role="group" aria-labelledby="cancel-question">
          <FocusHeading level={2}>
            <span id="cancel-question">{t("manage.cancelQuestion")}</span>
          </FocusHeading>
          <div className="button-row">
            <button
              type="button"
              className="button-danger"
              disabled={cancel.isPending}
              onClick={() => cancel.mutate()}
            >
              {t("manage.cancelYes")}
            </button>
            <button type="button" className="button-secondary" onClick={() => setAsking(false)}>
              {t("manage.cancelNo")}
            </button>
          </div>
        </div>
      )}
      {cancel.isError && <ErrorMessage error={cancel.error} />}
    </div>
  );
}
