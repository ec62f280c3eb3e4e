import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { readStaffSession } from "../../api/staff-session";
import { FocusHeading } from "../../ui/FocusHeading";
import { StaffBar } from "../StaffBar";
import { AccessLogSection } from "./AccessLogSection";
import { ErasureStatusSection } from "./ErasureStatusSection";
import { PersonSection } from "./PersonSection";

/** The search parameter that keeps an erasure request's id: its status survives a reload. */
const ERASURE_PARAM = "erasure";

/**
 * The data protection officer's page (role `dpo`): a person's data exported from every
 * service, erased everywhere (with each service's confirmation), and the access logs.
 * The services check the role on every call and record every export and erasure.
 */
export function PrivacyPage() {
  const { t } = useTranslation();
  const session = readStaffSession();
  const [searchParams, setSearchParams] = useSearchParams();
  const requestId = searchParams.get(ERASURE_PARAM);
  const [requestedHere, setRequestedHere] = useState<string | null>(null);
  if (!session) return null;

  return (
    <div className="staff-page privacy-page">
      <StaffBar session={session} />
      <FocusHeading>{t("privacy.heading")}</FocusHeading>
      <p className="hint">{t("privacy.intro")}</p>
      <PersonSection
        onErasureRequested={(id) => {
          setRequestedHere(id);
          setSearchParams({ [ERASURE_PARAM]: id }, { replace: true });
        }}
      />
      {requestId && (
        <ErasureStatusSection
          key={requestId}
          requestId={requestId}
          justRequested={requestId === requestedHere}
        />
      )}
      <AccessLogSection />
    </div>
  );
}
