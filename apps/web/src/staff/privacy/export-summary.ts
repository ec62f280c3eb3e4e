import type { PrivacyExport } from "../../api/service-types";
import { berlinDateTimeLocalOf } from "../../i18n/format-date-time";
import type { PrivacyServiceName } from "./privacy-subject";

/** The kinds of records an export names, per service. */
export type RecordKind = "appointments" | "waitlistEntries" | "referrals" | "messages" | "replies";

/** Where each service keeps each kind in its part of the export (booking's `privacy.export`). */
const partsOf: Record<PrivacyServiceName, readonly RecordKind[]> = {
  booking: ["appointments", "waitlistEntries"],
  referral: ["referrals"],
  notify: ["appointments", "messages", "replies"],
};

export interface RecordCount {
  service: PrivacyServiceName;
  kind: RecordKind;
  count: number;
  /** Records still there whose personal data is already erased (retention, an earlier erasure). */
  erased: number;
}

export interface ExportSummary {
  rows: RecordCount[];
  total: number;
  /** Every client (data key) id of the records, for the access log and the record. */
  clientIds: string[];
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The list under `key`, or none: referral's and notify's parts come untyped (booking passes them on as they are). */
function listAt(part: unknown, key: string): Json[] {
  if (!isObject(part)) return [];
  const list = part[key];
  return Array.isArray(list) ? list.filter(isObject) : [];
}

/** A record's client id: at the top (referral, notify) or in its client part (booking). */
function clientIdOf(record: Json): string | null {
  if (typeof record.clientId === "string") return record.clientId;
  const client = record.client;
  return isObject(client) && typeof client.clientId === "string" ? client.clientId : null;
}

/** How many records of each kind every service exported, and how many of them are already erased. */
export function summariseExport(exported: PrivacyExport): ExportSummary {
  const rows: RecordCount[] = [];
  const clientIds = new Set<string>();
  for (const [service, kinds] of Object.entries(partsOf) as Array<[PrivacyServiceName, RecordKind[]]>) {
    for (const kind of kinds) {
      const records = listAt(exported[service], kind);
      rows.push({
        service,
        kind,
        count: records.length,
        erased: records.filter((record) => Boolean(record.personalDataErasedAt)).length,
      });
      for (const record of records) {
        const clientId = clientIdOf(record);
        if (clientId) clientIds.add(clientId);
      }
    }
  }
  return {
    rows,
    total: rows.reduce((sum, row) => sum + row.count, 0),
    clientIds: [...clientIds].sort(),
  };
}

/** The download's name, with the Berlin date and time it was made: "privacy-export-2026-11-25-1430.json". */
export function exportFileName(generatedAt: string): string {
  const local = berlinDateTimeLocalOf(new Date(generatedAt));
  return `privacy-export-${local.replace("T", "-").replace(":", "")}.json`;
}

/** The export as a file: the whole JSON document, readable (indented). */
export function exportFile(exported: PrivacyExport): Blob {
  return new Blob([JSON.stringify(exported, null, 2)], { type: "application/json" });
}
