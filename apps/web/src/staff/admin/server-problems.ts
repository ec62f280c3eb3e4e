import type { Directory } from "./directory-edits";

/** Problems booking finds that the form cannot know before saving, as keys of `admin.serverProblems`. */
export type ServerProblemKey =
  | "idTaken"
  | "unknownOffice"
  | "otherOrganisationsOffice"
  | "noRoomForService"
  | "hoursAtUnassignedOffice"
  | "unknownService"
  | "otherOrganisationsService"
  | "serviceWithoutHours"
  | "notOwnEntry"
  | "entryStillBooked";

/**
 * One reason booking gave for refusing a save: about an entry when booking named one,
 * translated when its sentence is one of those booking writes (`key`, with the ids it
 * named in `values`), else only the original English sentence, shown as such.
 */
export interface ServerProblem {
  entryId: string | null;
  /** Path inside the entry when booking gave one ("defaultDurationMinutes"). */
  field: string | null;
  key: ServerProblemKey | null;
  values: Record<string, string>;
  original: string;
}

/**
 * The sentences of booking's directory checks (domain/directory/directory-reference-checks.ts,
 * the use case's foreign-entry check and its check of removed entries still booked,
 * application/directory-admin/removed-entries-in-use.ts), matched to translate them. A sentence that
 * matches none is still shown, in English.
 */
const patterns: ReadonlyArray<{ key: ServerProblemKey; pattern: RegExp; names: readonly string[] }> = [
  { key: "idTaken", pattern: /^Id "([^"]+)" is used more than once$/, names: ["id"] },
  { key: "unknownOffice", pattern: /refers to unknown location "([^"]+)"$/, names: ["office"] },
  { key: "unknownOffice", pattern: /is at unknown location "([^"]+)"$/, names: ["office"] },
  {
    key: "otherOrganisationsOffice",
    pattern: /refers to location "([^"]+)" of another organisation/,
    names: ["office"],
  },
  {
    key: "noRoomForService",
    pattern: /is offered in person but none of its locations has a room for (\d+)$/,
    names: ["seats"],
  },
  {
    key: "hoursAtUnassignedOffice",
    pattern: /has hours at location "([^"]+)" but is not assigned to it$/,
    names: ["office"],
  },
  { key: "unknownService", pattern: /offers unknown service "([^"]+)"$/, names: ["service"] },
  {
    key: "otherOrganisationsService",
    pattern: /offers service "([^"]+)" of another organisation/,
    names: ["service"],
  },
  {
    key: "serviceWithoutHours",
    pattern: /offers service "([^"]+)" but has no hours at its locations in its channels$/,
    names: ["service"],
  },
  {
    key: "notOwnEntry",
    pattern: /belongs to (?:organisation "[^"]+", not to|the network's pool)/,
    names: [],
  },
  { key: "notOwnEntry", pattern: /which is not a location of/, names: [] },
  {
    key: "entryStillBooked",
    pattern:
      /^(?:Location|Service|Counsellor|Room|Interpreter) "([^"]+)" still has (\d+) appointments? ahead/,
    names: ["entry", "appointments"],
  },
];

/** Booking's sentences start with the entry they are about: 'Service "svc-x" …'. */
const entryAtStart = /^(?:Location|Service|Counsellor|Room|Interpreter) "([^"]+)"/;

function sentenceProblem(sentence: string): ServerProblem {
  for (const { key, pattern, names } of patterns) {
    const match = pattern.exec(sentence);
    if (!match) continue;
    const values = Object.fromEntries(names.map((name, index) => [name, match[index + 1] ?? ""]));
    const entryId = key === "idTaken" ? (values.id ?? null) : (entryAtStart.exec(sentence)?.[1] ?? null);
    return { entryId, field: null, key, values, original: sentence };
  }
  return {
    entryId: entryAtStart.exec(sentence)?.[1] ?? null,
    field: null,
    key: null,
    values: {},
    original: sentence,
  };
}

/** "directory.services.2.horizonDays" → the id of the third service sent, and "horizonDays". */
function issueProblem(path: string, message: string, sent: Directory): ServerProblem {
  const [root, section, index, ...rest] = path.split(".");
  const list = root === "directory" && section ? (sent as unknown as Record<string, unknown>)[section] : null;
  const entry = Array.isArray(list) ? (list[Number(index)] as { id?: unknown } | undefined) : undefined;
  const entryId = typeof entry?.id === "string" ? entry.id : null;
  return {
    entryId,
    field: entryId && rest.length > 0 ? rest.join(".") : null,
    key: null,
    values: {},
    original: message,
  };
}

/**
 * Why booking refused a save, from the error's `details`: `problems` (sentences: the
 * directory does not fit together) or `issues`, either with paths (the use case's check)
 * or as zod's flattened `{ field: [messages] }` (the router's input check, which names
 * no entry). `sent` is the directory that was saved, to find the entry an index points at.
 */
export function serverProblemsOf(details: unknown, sent: Directory): ServerProblem[] {
  if (typeof details !== "object" || details === null) return [];
  const { problems, issues } = details as { problems?: unknown; issues?: unknown };
  const found: ServerProblem[] = [];
  if (Array.isArray(problems)) {
    for (const sentence of problems) if (typeof sentence === "string") found.push(sentenceProblem(sentence));
  }
  if (Array.isArray(issues)) {
    for (const issue of issues as Array<{ path?: unknown; message?: unknown }>) {
      if (typeof issue.message !== "string") continue;
      found.push(issueProblem(typeof issue.path === "string" ? issue.path : "", issue.message, sent));
    }
  } else if (typeof issues === "object" && issues !== null) {
    for (const messages of Object.values(issues)) {
      if (!Array.isArray(messages)) continue;
      for (const message of messages) {
        if (typeof message === "string") {
          found.push({ entryId: null, field: null, key: null, values: {}, original: message });
        }
      }
    }
  }
  return found;
}
