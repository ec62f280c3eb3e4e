import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams, useSearchParams } from "react-router";
import { booking, referral } from "../../api/service-clients";
import { readStaffSession } from "../../api/staff-session";
import { formatDateTime, languageName } from "../../i18n/format-date-time";
import { ErrorMessage } from "../../ui/ErrorMessage";
import { FocusHeading } from "../../ui/FocusHeading";
import { StatusMessage } from "../../ui/StatusMessage";
import { AppointmentFact, HoldFact, LegalDeadlineFact } from "../ReferralFacts";
import { StaffBar } from "../StaffBar";
import { useOrganisationName } from "../use-organisation-name";
import { RevokeConsentSection } from "../consent/RevokeConsentSection";
import { BookForReferral } from "./BookForReferral";
import { CloseReferralForm } from "./CloseReferralForm";
import { DeclineForm } from "./DeclineForm";
import { ReceiverNotes } from "./ReceiverNotes";
import { ReleasedData } from "./ReleasedData";

/** Statuses from which the receiving service may close the referral with an outcome. */
const closableStatuses = ["accepted", "attended", "not_attended"];

/**
 * One referral as intake sees it: opening it (a mutation: the first opening marks it
 * received, and every opening is audited) shows only the released data. Accept (which
 * confirms a held slot), decline, or book the appointment; keep notes, close the loop with
 * an outcome, and record that the client took back their consent.
 */
export function IntakeReferralPage() {
  const { t, i18n } = useTranslation();
  const { referralId = "" } = useParams();
  const [searchParams] = useSearchParams();
  const queryClient = useQueryClient();
  const session = readStaffSession();
  const organisationName = useOrganisationName();
  // The booking stays on screen after the referral moved on (it shows the appointment's id).
  const [bookedHere, setBookedHere] = useState(false);
  // After closing, the form is gone: focus goes to the status line, which says "closed".
  const statusRef = useRef<HTMLParagraphElement>(null);
  const view = useQuery({
    queryKey: ["intake.open", referralId],
    queryFn: () => referral.intake.open.mutate({ referralId }),
    staleTime: Infinity,
    retry: false,
    // Scheduled comes from booking's event a moment after booking: look again meanwhile.
    refetchInterval: (query) => (query.state.data?.status === "accepted" ? 3_000 : false),
  });
  const directory = useQuery({
    queryKey: ["directory.services"],
    queryFn: () => booking.directory.services.query({}),
    staleTime: 5 * 60_000,
  });
  const reload = () => queryClient.invalidateQueries({ queryKey: ["intake.open", referralId] });
  const data = view.data;
  const to = data?.to.scope === "organisation" ? data.to : null;
  const serviceId = to?.serviceId ?? searchParams.get("service") ?? "";
  const accept = useMutation({
    mutationFn: () => referral.intake.accept.mutate({ referralId, serviceId, hold: "confirm" }),
    onSuccess: () => void reload(),
  });
  if (!session) return null;
  const kinds = [...new Set((directory.data ?? []).map((service) => service.kind))];
  const canDecide = data?.status === "sent" || data?.status === "received";
  const canClose = data !== undefined && closableStatuses.includes(data.status);
  const canBook =
    bookedHere || ((data?.status === "accepted" || data?.status === "not_attended") && !data.appointment);

  return (
    <div className="staff-page">
      <StaffBar session={session} />
      <FocusHeading>{t("intakeReferral.heading")}</FocusHeading>
      <p>
        <Link to={`/staff/intake${serviceId ? `?service=${serviceId}` : ""}`}>
          {t("intakeReferral.back")}
        </Link>
      </p>
      {view.isPending && <StatusMessage>{t("app.loading")}</StatusMessage>}
      {view.isError && <ErrorMessage error={view.error} />}
      {data && (
        <>
          <p ref={statusRef} tabIndex={-1}>
            {t("timeline.statusNow")}{" "}
            <strong className={`status-badge referral-${data.status}`} data-testid="referral-status">
              {t(`referralStatus.${data.status}`)}
            </strong>
          </p>
          <dl className="summary">
            <dt>{t("referralForm.reasonCode")}</dt>
            <dd>{t(`reasonCodes.${data.reasonCode}`)}</dd>
            <dt>{t("referralForm.urgency")}</dt>
            <dd>{t(`urgency.${data.urgency}`)}</dd>
            <dt>{t("referralForm.language")}</dt>
            <dd>
              {languageName(data.communication.language, i18n.language)}
              {data.communication.interpreterNeeded && ` · ${t("referralForm.interpreter")}`}
            </dd>
            <dt>{t("intake.from")}</dt>
            <dd>
              {t(`serviceKinds.${data.from.serviceKind}`)} · {organisationName(data.from.organisationId)}
            </dd>
            <LegalDeadlineFact label={t("intake.legalDeadline")} deadline={data.legalDeadline} />
            {data.acceptBy && (
              <>
                <dt>{t("intake.acceptBy")}</dt>
                <dd>{formatDateTime(data.acceptBy, i18n.language)}</dd>
              </>
            )}
            <HoldFact hold={data.hold} />
            <AppointmentFact appointment={data.appointment} />
          </dl>
          <h2>{t("intakeReferral.releasedHeading")}</h2>
          <ReleasedData view={data} />
          {canDecide && (
            <div className="panels">
              <section className="panel" aria-labelledby="accept-heading">
                <h2 id="accept-heading">{t("intakeReferral.acceptHeading")}</h2>
                <p className="hint">
                  {data.hold?.status === "pending"
                    ? t("intakeReferral.acceptWithHold", {
                        when: formatDateTime(data.hold.startsAt, i18n.language),
                      })
                    : t("intakeReferral.acceptHint")}
                </p>
                {accept.isError && <ErrorMessage error={accept.error} />}
                <button
                  type="button"
                  className="button-primary"
                  disabled={accept.isPending || !serviceId}
                  onClick={() => accept.mutate()}
                >
                  {t("intakeReferral.accept")}
                </button>
              </section>
              <DeclineForm referralId={referralId} kinds={kinds} onDone={() => void reload()} />
            </div>
          )}
          {canBook && serviceId && (
            <BookForReferral
              view={data}
              serviceId={serviceId}
              onBooked={() => {
                setBookedHere(true);
                void reload();
              }}
            />
          )}
          <div className="panels">
            <ReceiverNotes view={data} onAdded={() => void reload()} />
            {canClose && (
              <CloseReferralForm
                referralId={referralId}
                onDone={() => void reload().then(() => statusRef.current?.focus())}
              />
            )}
            {data.consent && (
              <RevokeConsentSection
                released={data.consent.dataCategories}
                status={data.status}
                appointmentStatus={data.appointment?.status ?? null}
                revoke={(categories) => referral.intake.revokeConsent.mutate({ referralId, categories })}
                onDone={() => void reload()}
              />
            )}
          </div>
        </>
      )}
    </div>
  );
}
