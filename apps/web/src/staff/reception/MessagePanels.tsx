import { useQuery } from "@tanstack/react-query";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { notify } from "../../api/service-clients";
import { formatDateTime } from "../../i18n/format-date-time";
import { ErrorMessage } from "../../ui/ErrorMessage";
import { StatusMessage } from "../../ui/StatusMessage";

const REFRESH_MS = 30_000;

interface ScopeProps {
  organisationId: string;
  locationId: string;
}

/** Texts that did not reach the client: someone at the desk calls them instead. */
export function FailedSmsPanel({ organisationId, locationId }: ScopeProps) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const failed = useQuery({
    queryKey: ["notify.failedDeliveries", locationId],
    queryFn: () => notify.reception.failedDeliveries.query({ organisationId, locationId, limit: 50 }),
    refetchInterval: REFRESH_MS,
  });
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("messagePanels.failedHeading")}</h2>
      <p className="hint">{t("messagePanels.failedHint")}</p>
      {failed.isPending && <StatusMessage>{t("app.loading")}</StatusMessage>}
      {failed.isError && <ErrorMessage error={failed.error} />}
      {failed.isSuccess && failed.data.length === 0 && (
        <p className="notice">{t("messagePanels.failedEmpty")}</p>
      )}
      {failed.isSuccess && failed.data.length > 0 && (
        <ul className="message-list">
          {failed.data.map((message) => (
            <li key={message.messageId}>
              <a href={`tel:${message.phone}`} dir="ltr">
                {message.phone}
              </a>{" "}
              · {t(`messagePanels.templates.${message.template}`, { defaultValue: message.template })} ·{" "}
              {formatDateTime(message.at, i18n.language)}
              {message.errorCode && (
                <span className="hint"> · {t("messagePanels.errorCode", { code: message.errorCode })}</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Clients who answered "3, call me back", newest first. */
export function CallbackPanel({ organisationId, locationId }: ScopeProps) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const callbacks = useQuery({
    queryKey: ["notify.callbackRequests", locationId],
    queryFn: () => notify.reception.callbackRequests.query({ organisationId, locationId, limit: 50 }),
    refetchInterval: REFRESH_MS,
  });
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("messagePanels.callbackHeading")}</h2>
      {callbacks.isPending && <StatusMessage>{t("app.loading")}</StatusMessage>}
      {callbacks.isError && <ErrorMessage error={callbacks.error} />}
      {callbacks.isSuccess && callbacks.data.length === 0 && (
        <p className="notice">{t("messagePanels.callbackEmpty")}</p>
      )}
      {callbacks.isSuccess && callbacks.data.length > 0 && (
        <ul className="message-list">
          {callbacks.data.map((request) => (
            <li key={request.replyId}>
              <a href={`tel:${request.phone}`} dir="ltr">
                {request.phone}
              </a>{" "}
              · {t("messagePanels.callbackAt", { when: formatDateTime(request.receivedAt, i18n.language) })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
