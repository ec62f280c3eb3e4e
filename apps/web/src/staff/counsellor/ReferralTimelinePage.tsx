import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useParams } from "react-router";
import { referral } from "../../api/service-clients";
import { readStaffSession } from "../../api/staff-session";
import type { Language } from "../../api/service-types";
import { formatDateTime } from "../../i18n/format-date-time";
import { ErrorMessage } from "../../ui/ErrorMessage";
import { FocusHeading } from "../../ui/FocusHeading";
import { StatusMessage } from "../../ui/StatusMessage";
import { RevokeConsentSection } from "../consent/RevokeConsentSection";
import { AppointmentFact, HoldFact, LegalDeadlineFact } from "../ReferralFacts";
import { StaffBar } from "../StaffBar";
import { useOrganisationName } from "../use-organisation-name";
import { CancelReferralForm } from "./CancelReferralForm";
import { HoldSection } from "./HoldSection";
import { RecipientSummary } from "./RecipientSummary";
import { awaitingAcceptance, isFinalReferralStatus } from "./referral-status";

const REFRESH_MS = 5_000;

/**
 * What became of a referral, for the counsellor who made it: the status and every
 * attributed change, never the receiving service's case content. Polls, because the
 * referral follows the appointment on its own (booked, checked in, …).
 */
export function ReferralTimelinePage() {
  const { t, i18n } = useTranslation();
  const { referralId = "" } = useParams();
  const location = useLocation();
  const state = location.state as { sent?: boolean; language?: Language } | null;
  const justSent = state?.sent === true;
  const historyHeading = useId();
  const session = readStaffSession();
  const organisationName = useOrganisationName();
  const queryClient = useQueryClient();
  const timeline = useQuery({
    queryKey: ["counsellor.timeline", referralId],
    queryFn: () => referral.counsellor.timeline.query({ referralId }),
    refetchInterval: (query) =>
      query.state.data && isFinalReferralStatus(query.state.data.status) ? false : REFRESH_MS,
  });
  if (!session) return null;
  const data = timeline.data;
  const to = data?.to.scope === "organisation" ? data.to : null;

  return (
    <div className="staff-page">
      <StaffBar session={session} />
      <FocusHeading>{t("timeline.heading")}</FocusHeading>
      <p>
        <Link to="/staff/counsellor">{t("timeline.back")}</Link>
      </p>
      {justSent && (
        <p className="alert alert-success" role="status">
          {t("timeline.sent")}
        </p>
      )}
      {timeline.isPending && <StatusMessage>{t("app.loading")}</StatusMessage>}
      {timeline.isError && <ErrorMessage error={timeline.error} />}
      {data && (
        <>
          <p className="referral-status-line">
            {t("timeline.statusNow")}{" "}
            <strong className={`status-badge referral-${data.status}`} data-testid="referral-status">
              {t(`referralStatus.${data.status}`)}
            </strong>
          </p>
          <p className="hint">{t(`timeline.explain.${data.status}`)}</p>
          <dl className="summary">
            <dt>{t("sendStep.to")}</dt>
            <dd>
              <RecipientSummary to={data.to} />
            </dd>
            <dt>{t("referralForm.reasonCode")}</dt>
            <dd>{t(`reasonCodes.${data.reasonCode}`)}</dd>
            <dt>{t("referralForm.urgency")}</dt>
            <dd>{t(`urgency.${data.urgency}`)}</dd>
            {data.acceptBy && awaitingAcceptance.includes(data.status) && (
              <>
                <dt>{t("timeline.acceptBy")}</dt>
                <dd>{formatDateTime(data.acceptBy, i18n.language)}</dd>
              </>
            )}
            <LegalDeadlineFact label={t("sendStep.deadline")} deadline={data.legalDeadline} />
            <AppointmentFact appointment={data.appointment} />
            <HoldFact hold={data.hold} />
            {data.decline && (
              <>
                <dt>{t("timeline.declined")}</dt>
                <dd>
                  {t(`declineReasons.${data.decline.reason}`)}
                  {data.decline.reasonNote && ` · ${data.decline.reasonNote}`}
                  {data.decline.suggestedService &&
                    ` · ${t("timeline.suggested", { kind: t(`serviceKinds.${data.decline.suggestedService.serviceKind}`) })}`}
                </dd>
              </>
            )}
            {data.outcome && (
              <>
                <dt>{t("timeline.outcome")}</dt>
                <dd>{t(`outcomes.${data.outcome}`)}</dd>
              </>
            )}
            {data.consent && (
              <>
                <dt>{t("sendStep.released")}</dt>
                <dd>
                  {data.consent.dataCategories
                    .map((category) => t(`consentForm.categories.${category}.label`))
                    .join(", ") || t("sendStep.nothingReleased")}{" "}
                  ·{" "}
                  {t("timeline.consentUntil", {
                    date: formatDateTime(data.consent.expiresAt, i18n.language),
                  })}
                  {data.consent.revokedAt && ` · ${t("timeline.consentRevoked")}`}
                </dd>
              </>
            )}
          </dl>
          <section aria-labelledby={historyHeading}>
            <h2 id={historyHeading}>{t("timeline.history")}</h2>
            <ol className="timeline">
              {data.timeline.map((entry) => (
                <li key={`${entry.at}-${entry.to}`}>
                  <strong>{t(`referralStatus.${entry.to}`)}</strong>{" "}
                  <span className="hint">
                    {formatDateTime(entry.at, i18n.language)} ·{" "}
                    {entry.actor.kind === "staff"
                      ? t("timeline.byStaff", {
                          role: t(`roles.${entry.actor.role}`, { defaultValue: entry.actor.role }),
                          organisation: organisationName(entry.actor.organisationId),
                        })
                      : t("timeline.bySystem")}
                  </span>
                </li>
              ))}
            </ol>
          </section>
          <div className="panels">
            {to?.serviceId && awaitingAcceptance.includes(data.status) && data.hold?.status !== "pending" && (
              <HoldSection
                timeline={data}
                serviceId={to.serviceId}
                locationId={to.locationId}
                language={state?.language}
              />
            )}
            {!isFinalReferralStatus(data.status) && <CancelReferralForm referralId={data.referralId} />}
            {data.consent && (
              <RevokeConsentSection
                released={data.consent.dataCategories}
                status={data.status}
                appointmentStatus={data.appointment?.status ?? null}
                revoke={(categories) => referral.counsellor.revokeConsent.mutate({ referralId, categories })}
                onDone={() =>
                  void queryClient.invalidateQueries({ queryKey: ["counsellor.timeline", referralId] })
                }
              />
            )}
          </div>
        </>
      )}
    </div>
  );
}
