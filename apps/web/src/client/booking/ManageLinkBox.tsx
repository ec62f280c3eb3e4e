import { useId, useState } from "react";
import { useTranslation } from "react-i18next";

/** The manage link, prominent: without it (and without SMS) the client cannot change anything. */
export function ManageLinkBox({ url }: { url: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [copied, setCopied] = useState(false);
  return (
    <section className="manage-link-box" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("confirmation.manageHeading")}</h2>
      <p>{t("confirmation.manageText")}</p>
      <p>
        <a href={url} className="manage-link" data-testid="manage-link">
          {t("confirmation.manageLink")}
        </a>
      </p>
      <p className="link-text" dir="ltr">
        {url}
      </p>
      {/* The clipboard API exists only on https and localhost; elsewhere the text above can be selected. */}
      {window.isSecureContext && (
        <button
          type="button"
          className="button-secondary"
          onClick={() => {
            void navigator.clipboard.writeText(url).then(() => setCopied(true));
          }}
        >
          {t("confirmation.copy")}
        </button>
      )}
      <p role="status" className="status">
        {copied ? t("confirmation.copied") : ""}
      </p>
    </section>
  );
}
