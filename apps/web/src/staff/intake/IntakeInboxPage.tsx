import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { booking, referral } from "../../api/service-clients";
import { readStaffSession } from "../../api/staff-session";
import type { BookableService } from "../../api/service-types";
import { textIn } from "../../client/booking/booking-draft";
import { formatDateTime, languageName } from "../../i18n/format-date-time";
import { ErrorMessage } from "../../ui/ErrorMessage";
import { FocusHeading } from "../../ui/FocusHeading";
import { SelectField } from "../../ui/SelectField";
import { StatusMessage } from "../../ui/StatusMessage";
import { StaffBar } from "../StaffBar";
import { useOrganisationName } from "../use-organisation-name";
import { DeadlineAgeing } from "./DeadlineAgeing";

const REFRESH_MS = 15_000;

/**
 * Intake's inbox of one service of their organisation, as the referral service ranks it
 * (legal deadline, urgency, age) with the ageing against each deadline in working days.
 * The service is in the URL (?service=…), so a bookmark opens the right inbox.
 */
export function IntakeInboxPage() {
  const { t, i18n } = useTranslation();
  const session = readStaffSession();
  const organisationName = useOrganisationName();
  const [searchParams, setSearchParams] = useSearchParams();
  const directory = useQuery({
    queryKey: ["directory.services"],
    queryFn: () => booking.directory.services.query({}),
    staleTime: 5 * 60_000,
  });
  const own = (directory.data ?? []).filter(
    (service) => service.organisation.id === session?.principal.organisationId,
  );
  const service = own.find((entry) => entry.id === searchParams.get("service")) ?? own[0];
  const inbox = useQuery({
    queryKey: ["intake.inbox", service?.id],
    queryFn: () => referral.intake.inbox.query(inboxInputOf(service as BookableService)),
    enabled: service !== undefined,
    refetchInterval: REFRESH_MS,
  });
  if (!session) return null;

  return (
    <div className="staff-page">
      <StaffBar session={session} />
      <FocusHeading>{t("intake.heading")}</FocusHeading>
      {directory.isPending && <StatusMessage>{t("app.loading")}</StatusMessage>}
      {directory.isError && <ErrorMessage error={directory.error} />}
      {directory.isSuccess && own.length === 0 && <p className="notice">{t("intake.noServices")}</p>}
      {service && (
        <SelectField
          label={t("intake.service")}
          name="service"
          value={service.id}
          options={own.map((entry) => ({ value: entry.id, label: textIn(entry.name, i18n.language).text }))}
          onChange={(event) => setSearchParams({ service: event.target.value })}
        />
      )}
      {inbox.isError && <ErrorMessage error={inbox.error} />}
      {inbox.isSuccess && inbox.data.length === 0 && <p className="notice">{t("intake.empty")}</p>}
      {inbox.isSuccess && inbox.data.length > 0 && service && (
        <ol className="inbox" aria-label={t("intake.listLabel")}>
          {inbox.data.map((item) => (
            <li key={item.referralId} className="inbox-item" data-referral-id={item.referralId}>
              <p className="inbox-title">
                <Link to={`/staff/intake/${item.referralId}?service=${service.id}`}>
                  {t(`reasonCodes.${item.reasonCode}`)}
                </Link>{" "}
                <span className={`status-badge urgency-${item.urgency}`}>{t(`urgency.${item.urgency}`)}</span>{" "}
                <span className={`status-badge referral-${item.status}`}>
                  {t(`referralStatus.${item.status}`)}
                </span>
              </p>
              <dl className="facts-inline">
                {item.legalDeadline && (
                  <div>
                    <dt>{t("intake.legalDeadline")}</dt>
                    <dd>
                      {item.legalDeadline.dueOn} · <DeadlineAgeing deadline={item.legalDeadline} />
                    </dd>
                  </div>
                )}
                {item.acceptance && (
                  <div>
                    <dt>{t("intake.acceptBy")}</dt>
                    <dd>
                      {item.acceptance.dueOn} · <DeadlineAgeing deadline={item.acceptance} />
                    </dd>
                  </div>
                )}
                <div>
                  <dt>{t("intake.received")}</dt>
                  <dd>
                    {item.sentAt ? formatDateTime(item.sentAt, i18n.language) : "–"} ·{" "}
                    {t("intake.age", { count: item.ageWorkingDays })}
                  </dd>
                </div>
                <div>
                  <dt>{t("intake.from")}</dt>
                  <dd>
                    {t(`serviceKinds.${item.from.serviceKind}`)} ·{" "}
                    {organisationName(item.from.organisationId)}
                  </dd>
                </div>
                <div>
                  <dt>{t("referralForm.language")}</dt>
                  <dd>
                    {languageName(item.communication.language, i18n.language)}
                    {item.communication.interpreterNeeded && ` · ${t("referralForm.interpreter")}`}
                  </dd>
                </div>
              </dl>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

/** The inbox of a service: its organisation and kind, in the Land of its (first) office. */
function inboxInputOf(service: BookableService) {
  const federalState = service.locations[0]?.federalState;
  if (!federalState) throw new Error(`service ${service.id} has no location`);
  return {
    organisationId: service.organisation.id,
    serviceKind: service.kind,
    locationId: null,
    federalState,
  };
}
