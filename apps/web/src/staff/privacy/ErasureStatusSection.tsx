import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { booking } from "../../api/service-clients";
import { formatDateTime, formatTimestamp } from "../../i18n/format-date-time";
import { ErrorMessage } from "../../ui/ErrorMessage";
import { FocusHeading } from "../../ui/FocusHeading";
import { StatusMessage } from "../../ui/StatusMessage";
import { erasureProgressOf, erasurePollInterval } from "./erasure-progress";
import { privacyServices } from "./privacy-subject";

/**
 * An erasure request and what each service has confirmed, asked again every 2 s until all
 * three have. The request's id stays on the page (and in the address) for the record.
 */
export function ErasureStatusSection({
  requestId,
  justRequested,
}: {
  requestId: string;
  justRequested: boolean;
}) {
  const { t, i18n } = useTranslation();
  const status = useQuery({
    queryKey: ["privacy.erasureStatus", requestId],
    queryFn: () => booking.privacy.erasureStatus.query({ requestId }),
    refetchInterval: (query) => erasurePollInterval(query.state.data),
  });
  const progress = status.data ? erasureProgressOf(status.data) : null;

  return (
    <section className="panel erasure-status" data-testid="erasure-status">
      {/* Focus moves here after the request; a page opened with the request's address starts at its top. */}
      {justRequested ? (
        <FocusHeading level={2}>{t("privacy.erasureHeading")}</FocusHeading>
      ) : (
        <h2>{t("privacy.erasureHeading")}</h2>
      )}
      <dl className="summary">
        <dt>{t("privacy.requestId")}</dt>
        <dd>
          <code dir="ltr" data-testid="erasure-request-id">
            {requestId}
          </code>
        </dd>
        {status.data && (
          <>
            <dt>{t("privacy.requestedAt")}</dt>
            <dd>{formatDateTime(status.data.requestedAt, i18n.language)}</dd>
          </>
        )}
      </dl>
      {status.isPending && <StatusMessage>{t("app.loading")}</StatusMessage>}
      {status.isError && !status.data && <ErrorMessage error={status.error} />}
      {progress && (
        <>
          <ul className="erasure-services">
            {progress.services.map((entry) => (
              <li key={entry.service} data-service={entry.service} data-state={entry.state}>
                <strong>{t(`privacy.services.${entry.service}`)}:</strong>{" "}
                {entry.state === "confirmed" ? (
                  <span className="state-confirmed">
                    ✓ {t("privacy.confirmed", { count: entry.recordsErased })}{" "}
                    <span className="hint">{formatTimestamp(entry.at, i18n.language)}</span>
                  </span>
                ) : (
                  <span className="state-waiting">{t("privacy.waiting")}</span>
                )}
              </li>
            ))}
          </ul>
          {/* Read out when a service confirms and when all have, not on every poll. */}
          <p
            role="status"
            className={progress.complete ? "alert alert-success" : "status"}
            data-testid="erasure-progress"
          >
            {progress.complete
              ? t("privacy.complete")
              : t("privacy.progress", { confirmed: progress.confirmed, total: privacyServices.length })}
          </p>
          {!progress.complete && <p className="hint">{t("privacy.pollingHint")}</p>}
          {status.isError && <p className="hint">{t("privacy.pollFailed")}</p>}
        </>
      )}
    </section>
  );
}
