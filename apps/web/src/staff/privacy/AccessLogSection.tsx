import { useQuery } from "@tanstack/react-query";
import { type SubmitEvent, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { booking, notify, referral } from "../../api/service-clients";
import type { AccessLogCheck, AccessLogEntry, AccessLogQuery } from "../../api/service-types";
import { formatTimestamp } from "../../i18n/format-date-time";
import { failureText } from "../../ui/failure-text";
import { StatusMessage } from "../../ui/StatusMessage";
import { TextField } from "../../ui/TextField";
import {
  ACCESS_LOG_LIMIT,
  type AccessLogFilter,
  accessLogQueryOf,
  askEveryService,
  emptyAccessLogFilter,
  integrityOf,
  mergeAccessLogs,
  type ServiceOutcome,
  truncatedServices,
} from "./access-log";
import type { PrivacyServiceName } from "./privacy-subject";

/** One service's access log (each service keeps its own, hash-chained). */
function accessLogOf(service: PrivacyServiceName, query: AccessLogQuery): Promise<AccessLogEntry[]> {
  if (service === "booking") return booking.privacy.accessLog.query(query);
  if (service === "referral") return referral.privacy.accessLog.query(query);
  return notify.privacy.accessLog.query(query);
}

function verifyAccessLogOf(service: PrivacyServiceName): Promise<AccessLogCheck> {
  if (service === "booking") return booking.privacy.verifyAccessLog.query();
  if (service === "referral") return referral.privacy.verifyAccessLog.query();
  return notify.privacy.verifyAccessLog.query();
}

/** The services that could not answer, each with why, in one alert (focused, like ErrorMessage). */
function ServiceFailures({
  outcomes,
  intro,
}: {
  outcomes: ReadonlyArray<ServiceOutcome<unknown>>;
  intro: string;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const failed = outcomes.filter((outcome) => !outcome.ok);
  useEffect(() => {
    ref.current?.focus();
  }, [outcomes]);
  if (failed.length === 0) return null;
  return (
    <div ref={ref} role="alert" tabIndex={-1} className="alert alert-error">
      <p>{intro}</p>
      <ul>
        {failed.map((outcome) => (
          <li key={outcome.service}>
            {t("privacy.serviceFailed", {
              service: t(`privacy.services.${outcome.service}`),
              problem: failureText(t, outcome.error),
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * Who read, changed, exported or erased personal data: the three services' access logs in
 * one table, newest first, and a check of each log's hash chain.
 */
export function AccessLogSection() {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const captionId = useId();
  const [filter, setFilter] = useState<AccessLogFilter>(emptyAccessLogFilter);
  const [datesReversed, setDatesReversed] = useState(false);
  /** The search shown, and how many searches so far (the same search asked again is asked anew). */
  const [search, setSearch] = useState<{ query: AccessLogQuery; number: number } | null>(null);
  const [checkNumber, setCheckNumber] = useState(0);
  const countRef = useRef<HTMLParagraphElement>(null);
  const formRef = useRef<HTMLFormElement>(null);

  const logs = useQuery({
    queryKey: ["privacy.accessLog", search?.query, search?.number],
    queryFn: () => askEveryService((service) => accessLogOf(service, search?.query ?? {})),
    enabled: search !== null,
  });
  const check = useQuery({
    queryKey: ["privacy.verifyAccessLog", checkNumber],
    queryFn: () => askEveryService(verifyAccessLogOf),
    enabled: checkNumber > 0,
  });

  const answered = (logs.data ?? []).flatMap((outcome) =>
    outcome.ok ? [{ service: outcome.service, entries: outcome.value }] : [],
  );
  const entries = mergeAccessLogs(answered);
  const truncated = truncatedServices(answered);
  const allFailed = logs.data !== undefined && answered.length === 0;

  // A new result: focus moves to its count, so the keyboard goes on from there.
  useEffect(() => {
    if (logs.data && answered.length > 0) countRef.current?.focus();
  }, [logs.data, answered.length]);

  const change = (field: keyof AccessLogFilter) => (event: { target: { value: string } }) =>
    setFilter((current) => ({ ...current, [field]: event.target.value }));

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const checked = accessLogQueryOf(filter);
    setDatesReversed(checked.problem !== null);
    if (checked.query === null) {
      formRef.current?.querySelector<HTMLInputElement>('[name="to"]')?.focus();
      return;
    }
    setSearch((current) => ({ query: checked.query, number: (current?.number ?? 0) + 1 }));
  };

  return (
    <section aria-labelledby={headingId} className="privacy-access-log">
      <h2 id={headingId}>{t("privacy.accessLogHeading")}</h2>
      <p className="hint">{t("privacy.accessLogHint")}</p>
      <form ref={formRef} onSubmit={submit} noValidate className="staff-form" data-testid="access-log-form">
        <div className="field-row">
          <TextField
            label={t("privacy.clientId")}
            name="clientId"
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            dir="ltr"
            value={filter.clientId}
            onChange={change("clientId")}
          />
          <TextField
            label={t("privacy.staffId")}
            name="staffId"
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            dir="ltr"
            value={filter.staffId}
            onChange={change("staffId")}
          />
        </div>
        <div className="field-row">
          <TextField
            label={t("privacy.from")}
            name="from"
            type="date"
            value={filter.from}
            onChange={change("from")}
          />
          <TextField
            label={t("privacy.to")}
            name="to"
            type="date"
            value={filter.to}
            error={datesReversed ? t("privacy.errors.datesReversed") : undefined}
            onChange={change("to")}
          />
        </div>
        <div className="button-row">
          <button type="submit" className="button-primary" disabled={logs.isFetching}>
            {logs.isFetching ? t("app.loading") : t("privacy.showLog")}
          </button>
          <button
            type="button"
            className="button-secondary"
            disabled={check.isFetching}
            onClick={() => setCheckNumber((number) => number + 1)}
          >
            {check.isFetching ? t("privacy.verifying") : t("privacy.verify")}
          </button>
        </div>
      </form>

      {check.data && (
        <div className="integrity" data-testid="integrity">
          <ServiceFailures outcomes={check.data} intro={t("privacy.verifyIncomplete")} />
          <div role="status">
            <ul>
              {integrityOf(check.data)
                .filter((result) => result.state !== "unknown")
                .map((result) => (
                  <li
                    key={result.service}
                    data-service={result.service}
                    data-state={result.state}
                    className={result.state === "broken" ? "integrity-broken" : "integrity-intact"}
                  >
                    {result.state === "broken"
                      ? t("privacy.broken", {
                          service: t(`privacy.services.${result.service}`),
                          position: result.brokenAt,
                        })
                      : t("privacy.intact", {
                          service: t(`privacy.services.${result.service}`),
                          count: result.entries,
                        })}
                  </li>
                ))}
            </ul>
          </div>
        </div>
      )}

      {logs.data && (
        <ServiceFailures
          outcomes={logs.data}
          intro={allFailed ? t("privacy.logFailed") : t("privacy.logIncomplete")}
        />
      )}
      {logs.data && !allFailed && (
        <div className="access-log-result" data-testid="access-log-result">
          <p ref={countRef} tabIndex={-1} role="status" className="status">
            {entries.length === 0
              ? t("privacy.logEmpty")
              : t("privacy.logResults", { count: entries.length })}
          </p>
          {truncated.map((service) => (
            <p key={service} className="notice">
              {t("privacy.logTruncated", {
                service: t(`privacy.services.${service}`),
                limit: ACCESS_LOG_LIMIT,
              })}
            </p>
          ))}
          {entries.length > 0 && (
            <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={captionId}>
              <table className="access-log">
                <caption id={captionId}>{t("privacy.logCaption")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("privacy.columns.at")}</th>
                    <th scope="col">{t("privacy.columns.service")}</th>
                    <th scope="col">{t("privacy.columns.staff")}</th>
                    <th scope="col">{t("privacy.columns.role")}</th>
                    <th scope="col">{t("privacy.columns.action")}</th>
                    <th scope="col">{t("privacy.columns.procedure")}</th>
                    <th scope="col">{t("privacy.columns.purpose")}</th>
                    <th scope="col">{t("privacy.columns.records")}</th>
                  </tr>
                </thead>
                <tbody>
                  {entries.map((entry) => (
                    <tr key={entry.key} data-service={entry.service} data-action={entry.action}>
                      <th scope="row">{formatTimestamp(entry.at, i18n.language)}</th>
                      <td>{t(`privacy.services.${entry.service}`)}</td>
                      <td>
                        <code dir="ltr">{entry.staffId}</code>
                        <span className="hint cell-line" dir="ltr">
                          {entry.organisationId}
                        </span>
                      </td>
                      <td>{t(`roles.${entry.role}`, { defaultValue: entry.role })}</td>
                      <td>{t(`privacy.actions.${entry.action}`, { defaultValue: entry.action })}</td>
                      <td>
                        <code dir="ltr">{entry.procedure}</code>
                      </td>
                      {/* The services write the purpose in English. */}
                      <td lang="en">{entry.purpose}</td>
                      <td>
                        <span dir="ltr" className="cell-line">
                          {entry.recordIds.join(", ")}
                        </span>
                        {entry.clientIds.length > 0 && (
                          <span className="hint cell-line">
                            {t("privacy.clientsOf", { ids: entry.clientIds.join(", ") })}
                          </span>
                        )}
                        {entry.fields.length > 0 && (
                          <span className="hint cell-line">
                            {t("privacy.fieldsOf", { fields: entry.fields.join(", ") })}
                          </span>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </div>
      )}
      {logs.isFetching && !logs.data && <StatusMessage>{t("app.loading")}</StatusMessage>}
    </section>
  );
}
