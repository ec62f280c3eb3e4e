import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useParams } from "react-router";
import { formatDateTime } from "../../i18n/format-date-time";
import { FocusHeading } from "../../ui/FocusHeading";
import { recallManageContext } from "../booking/manage-context";
import { CancelSection } from "./CancelSection";
import { manageTokenFromHash } from "./manage-link";
import { RescheduleSection } from "./RescheduleSection";

/**
 * The client's manage link: cancel, or move to another time with the same counsellor.
 * The secret comes from the URL fragment; a move returns a new secret, which replaces it
 * (the old link stops working).
 */
export function ManagePage() {
  const { t, i18n } = useTranslation();
  const { appointmentId = "" } = useParams();
  const location = useLocation();
  const [token, setToken] = useState(() => manageTokenFromHash(location.hash));
  const [context, setContext] = useState(() => recallManageContext(appointmentId));
  const [finished, setFinished] = useState(false);

  if (!token) {
    return (
      <section>
        <FocusHeading>{t("manage.heading")}</FocusHeading>
        <p className="alert alert-error" role="alert">
          {t("manage.linkIncomplete")}
        </p>
      </section>
    );
  }

  return (
    <section>
      <FocusHeading>{t("manage.heading")}</FocusHeading>
      <p>
        {context
          ? t("manage.appointmentAt", { when: formatDateTime(context.startsAt, i18n.language) })
          : t("manage.unknownDetails")}
      </p>
      <CancelSection
        appointmentId={appointmentId}
        manageToken={token}
        onCancelled={() => setFinished(true)}
      />
      {!finished && (
        <RescheduleSection
          appointmentId={appointmentId}
          manageToken={token}
          context={context}
          onMoved={(newToken) => {
            setToken(newToken);
            setContext(recallManageContext(appointmentId));
          }}
        />
      )}
      {finished && (
        <p>
          <Link to="/book">{t("manage.bookNew")}</Link>
        </p>
      )}
    </section>
  );
}
