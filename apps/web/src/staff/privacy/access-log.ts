import type { AccessLogCheck, AccessLogEntry, AccessLogQuery } from "../../api/service-types";
import { instantOfBerlinWallClock } from "../../i18n/format-date-time";
import { type PrivacyServiceName, privacyServices } from "./privacy-subject";

/** The access log's search, as typed: every field optional; days are Berlin calendar days. */
export interface AccessLogFilter {
  clientId: string;
  staffId: string;
  /** YYYY-MM-DD (a date input's value) or empty. */
  from: string;
  /** YYYY-MM-DD, inclusive, or empty. */
  to: string;
}

export const emptyAccessLogFilter: AccessLogFilter = { clientId: "", staffId: "", from: "", to: "" };

/** The most entries a service returns for one search (its maximum). */
export const ACCESS_LOG_LIMIT = 1000;

/** The day after a YYYY-MM-DD day, as YYYY-MM-DD (calendar arithmetic, no time zone involved). */
export function nextDay(day: string): string {
  const [year, month, date] = day.split("-").map(Number);
  return new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, (date ?? 1) + 1)).toISOString().slice(0, 10);
}

/**
 * The search as every service's `privacy.accessLog` takes it: from the start of the first
 * Berlin day to the start of the day after the last (the services take `to` as exclusive),
 * or the problem with the dates.
 */
export function accessLogQueryOf(
  filter: AccessLogFilter,
): { query: AccessLogQuery; problem: null } | { query: null; problem: "datesReversed" } {
  if (filter.from && filter.to && filter.to < filter.from) return { query: null, problem: "datesReversed" };
  const clientId = filter.clientId.trim();
  const staffId = filter.staffId.trim();
  return {
    query: {
      ...(clientId ? { clientId } : {}),
      ...(staffId ? { staffId } : {}),
      ...(filter.from ? { from: instantOfBerlinWallClock(`${filter.from}T00:00`).toISOString() } : {}),
      ...(filter.to ? { to: instantOfBerlinWallClock(`${nextDay(filter.to)}T00:00`).toISOString() } : {}),
      limit: ACCESS_LOG_LIMIT,
    },
    problem: null,
  };
}

export interface ServiceAccessLogEntry extends AccessLogEntry {
  service: PrivacyServiceName;
  /** Unique across the merged list (positions are per service). */
  key: string;
}

/** What one service answered, or why it could not. */
export type ServiceOutcome<T> =
  | { service: PrivacyServiceName; ok: true; value: T }
  | { service: PrivacyServiceName; ok: false; error: unknown };

/** Asks every service at once; one that fails does not hide the others' answers. */
export async function askEveryService<T>(
  ask: (service: PrivacyServiceName) => Promise<T>,
): Promise<Array<ServiceOutcome<T>>> {
  const settled = await Promise.allSettled(privacyServices.map(ask));
  return settled.map((result, index) => {
    const service = privacyServices[index] ?? "booking";
    return result.status === "fulfilled"
      ? { service, ok: true, value: result.value }
      : { service, ok: false, error: result.reason as unknown };
  });
}

const serviceOrder = (service: PrivacyServiceName) => privacyServices.indexOf(service);

/**
 * The three services' logs as one list, newest first; entries of the same instant by
 * service (booking, referral, notify), then latest position first.
 */
export function mergeAccessLogs(
  logs: ReadonlyArray<{ service: PrivacyServiceName; entries: readonly AccessLogEntry[] }>,
): ServiceAccessLogEntry[] {
  return logs
    .flatMap(({ service, entries }) =>
      entries.map((entry) => ({ ...entry, service, key: `${service}-${String(entry.position)}` })),
    )
    .sort(
      (a, b) =>
        Date.parse(b.at) - Date.parse(a.at) ||
        serviceOrder(a.service) - serviceOrder(b.service) ||
        b.position - a.position,
    );
}

/** Services that returned as many entries as asked for: there may be more, and the oldest were returned. */
export function truncatedServices(
  logs: ReadonlyArray<{ service: PrivacyServiceName; entries: readonly AccessLogEntry[] }>,
  limit = ACCESS_LOG_LIMIT,
): PrivacyServiceName[] {
  return logs.filter(({ entries }) => entries.length >= limit).map(({ service }) => service);
}

export type IntegrityResult =
  | { service: PrivacyServiceName; state: "intact"; entries: number }
  | { service: PrivacyServiceName; state: "broken"; entries: number; brokenAt: number }
  | { service: PrivacyServiceName; state: "unknown"; error: unknown };

/** Each service's hash chain: intact, broken (where), or not checked (the service could not be asked). */
export function integrityOf(outcomes: ReadonlyArray<ServiceOutcome<AccessLogCheck>>): IntegrityResult[] {
  return outcomes.map((outcome): IntegrityResult => {
    if (!outcome.ok) return { service: outcome.service, state: "unknown", error: outcome.error };
    const { intact, entries, brokenAt } = outcome.value;
    return intact
      ? { service: outcome.service, state: "intact", entries }
      : { service: outcome.service, state: "broken", entries, brokenAt: brokenAt ?? 0 };
  });
}
