import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { booking } from "../../api/service-clients";
import { ErrorMessage } from "../../ui/ErrorMessage";
import { FocusHeading } from "../../ui/FocusHeading";
import { type PrivacySubject, subjectLabel } from "./privacy-subject";

interface EraseConfirmationProps {
  subject: PrivacySubject;
  onRequested: (requestId: string) => void;
  onCancel: () => void;
}

/**
 * Before erasing: what happens, in plain words (every service, what goes, what stays, no
 * way back). Nothing is sent before "Yes, erase".
 */
export function EraseConfirmation({ subject, onRequested, onCancel }: EraseConfirmationProps) {
  const { t } = useTranslation();
  const erase = useMutation({
    mutationFn: () => booking.privacy.requestErasure.mutate(subject),
    onSuccess: ({ requestId }) => onRequested(requestId),
  });
  return (
    <div className="confirm-box" data-testid="erase-confirmation">
      <FocusHeading level={2}>{t("privacy.eraseHeading")}</FocusHeading>
      <p>
        {t("privacy.eraseFor")}{" "}
        <strong dir="ltr" className="subject-label">
          {subjectLabel(subject)}
        </strong>
      </p>
      <ul>
        <li>{t("privacy.eraseWhat")}</li>
        <li>{t("privacy.eraseAll")}</li>
        <li>{t("privacy.eraseStatistics")}</li>
        <li>{t("privacy.eraseExportFirst")}</li>
        <li>
          <strong>{t("privacy.eraseFinal")}</strong>
        </li>
      </ul>
      {erase.isError && <ErrorMessage error={erase.error} />}
      <div className="button-row">
        <button
          type="button"
          className="button-danger"
          disabled={erase.isPending || erase.isSuccess}
          onClick={() => erase.mutate()}
        >
          {erase.isPending ? t("privacy.erasing") : t("privacy.eraseConfirm")}
        </button>
        <button type="button" className="button-secondary" disabled={erase.isPending} onClick={onCancel}>
          {t("privacy.eraseCancel")}
        </button>
      </div>
    </div>
  );
}
