import { useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { PrivacyExport } from "../../api/service-types";
import { formatDateTime } from "../../i18n/format-date-time";
import { FocusHeading } from "../../ui/FocusHeading";
import { exportFile, exportFileName, summariseExport } from "./export-summary";
import { type PrivacySubject, privacyServices, subjectLabel } from "./privacy-subject";

/** The file's address while the result is shown; given back to the browser when it goes. */
function useObjectUrl(blob: Blob): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    const created = URL.createObjectURL(blob);
    setUrl(created);
    return () => URL.revokeObjectURL(created);
  }, [blob]);
  return url;
}

/** One export: the file to hand over, and what it holds per service (counts, no personal data). */
export function ExportResult({ exported, subject }: { exported: PrivacyExport; subject: PrivacySubject }) {
  const { t, i18n } = useTranslation();
  const captionId = useId();
  const [file] = useState(() => exportFile(exported));
  const url = useObjectUrl(file);
  const summary = summariseExport(exported);

  return (
    <div className="export-result" data-testid="export-result">
      <FocusHeading level={2}>{t("privacy.exportHeading")}</FocusHeading>
      <p>
        {t("privacy.exportedFor", { when: formatDateTime(exported.generatedAt, i18n.language) })}{" "}
        <strong dir="ltr" className="subject-label">
          {subjectLabel(subject)}
        </strong>
      </p>
      <p role="status" data-testid="export-total">
        {summary.total === 0 ? t("privacy.nothingFound") : t("privacy.foundTotal", { count: summary.total })}
      </p>
      {url && (
        <p>
          <a
            href={url}
            download={exportFileName(exported.generatedAt)}
            className="button-primary button-link-like"
          >
            {t("privacy.download")}
          </a>
        </p>
      )}
      <p className="hint">{t("privacy.downloadHint")}</p>
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={captionId}>
        <table className="export-summary">
          <caption id={captionId}>{t("privacy.summaryCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("privacy.kind")}</th>
              <th scope="col">{t("privacy.count")}</th>
              <th scope="col">{t("privacy.erasedCount")}</th>
            </tr>
          </thead>
          {/* One group per service, named by its first row: three columns fit a phone. */}
          {privacyServices.map((service) => (
            <tbody key={service} data-service={service}>
              <tr>
                <th scope="rowgroup" colSpan={3} className="service-group">
                  {t(`privacy.services.${service}`)}
                </th>
              </tr>
              {summary.rows
                .filter((row) => row.service === service)
                .map((row) => (
                  <tr key={row.kind} data-service={row.service} data-kind={row.kind}>
                    <th scope="row">{t(`privacy.kinds.${row.kind}`)}</th>
                    <td data-testid="count">{row.count}</td>
                    <td>{row.erased}</td>
                  </tr>
                ))}
            </tbody>
          ))}
        </table>
      </div>
      {summary.clientIds.length > 0 && (
        <>
          <h3>{t("privacy.clientIdsFound")}</h3>
          <ul className="id-list" dir="ltr" data-testid="client-ids-found">
            {summary.clientIds.map((clientId) => (
              <li key={clientId}>
                <code>{clientId}</code>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
