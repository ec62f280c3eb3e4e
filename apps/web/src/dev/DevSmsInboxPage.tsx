import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { devSmsPageUrl, notify } from "../api/service-clients";
import { formatDateTime } from "../i18n/format-date-time";
import { ErrorMessage } from "../ui/ErrorMessage";
import { StatusMessage } from "../ui/StatusMessage";
import { FocusHeading } from "../ui/FocusHeading";
import { SmsBody } from "./SmsBody";

/**
 * The demo's stand-in for the clients' phones: every text notify's dev inbox "sent",
 * newest first (empty when notify sends through Twilio).
 */
export function DevSmsInboxPage() {
  const { t, i18n } = useTranslation();
  const inbox = useQuery({
    queryKey: ["devInbox.list"],
    queryFn: () => notify.devInbox.list.query(),
    refetchInterval: 3_000,
  });
  return (
    <section>
      <FocusHeading>{t("devInbox.heading")}</FocusHeading>
      <p>{t("devInbox.intro")}</p>
      <p>
        <a href={devSmsPageUrl}>{t("devInbox.plainPage")}</a>
      </p>
      {inbox.isPending && <StatusMessage>{t("app.loading")}</StatusMessage>}
      {inbox.isError && <ErrorMessage error={inbox.error} />}
      {inbox.isSuccess && inbox.data.length === 0 && <p className="notice">{t("devInbox.empty")}</p>}
      <ol className="sms-list">
        {inbox.data?.map((message) => (
          <li key={message.messageId} className="sms">
            <p className="sms-meta">
              {/* The number isolated left-to-right, so "+49…" keeps its plus in front in Arabic and Farsi. */}
              {t("devInbox.to", { phone: `\u2066${message.to}\u2069` })} ·{" "}
              {formatDateTime(message.receivedAt, i18n.language)}
            </p>
            <SmsBody text={message.body} language={message.language} />
          </li>
        ))}
      </ol>
    </section>
  );
}
