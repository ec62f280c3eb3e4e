import { toE164 } from "../counsellor/phone-number";

/** The services that hold a person's data, in the order the page names them. */
export const privacyServices = ["booking", "referral", "notify"] as const;
export type PrivacyServiceName = (typeof privacyServices)[number];

/** How the data protection officer names a person, as typed. */
export interface SubjectFields {
  phone: string;
  /** Separated by commas (spaces, semicolons and new lines work too). */
  clientIds: string;
}

/** A person as the services take it: an E.164 number and/or client (data key) ids. */
export interface PrivacySubject {
  phone?: string;
  clientIds?: string[];
}

export type SubjectProblem =
  | { field: "phone"; problem: "nothingGiven" | "phoneInvalid" }
  | { field: "clientIds"; problem: "tooManyIds" };

/** The fewest client ids any service takes in one request (notify: 200). */
export const MAX_CLIENT_IDS = 200;

export function clientIdsOf(written: string): string[] {
  return [
    ...new Set(
      written
        .split(/[\s,;]+/)
        .map((id) => id.trim())
        .filter((id) => id.length > 0),
    ),
  ];
}

/** The person the fields name, or what is wrong with them (at most one problem per field). */
export function subjectOf(
  fields: SubjectFields,
): { subject: PrivacySubject; problems: [] } | { subject: null; problems: SubjectProblem[] } {
  const problems: SubjectProblem[] = [];
  const writtenPhone = fields.phone.trim();
  const phone = writtenPhone ? toE164(writtenPhone) : null;
  const clientIds = clientIdsOf(fields.clientIds);
  if (!writtenPhone && clientIds.length === 0) problems.push({ field: "phone", problem: "nothingGiven" });
  if (writtenPhone && phone === null) problems.push({ field: "phone", problem: "phoneInvalid" });
  if (clientIds.length > MAX_CLIENT_IDS) problems.push({ field: "clientIds", problem: "tooManyIds" });
  if (problems.length > 0) return { subject: null, problems };
  return {
    subject: {
      ...(phone === null ? {} : { phone }),
      ...(clientIds.length > 0 ? { clientIds } : {}),
    },
    problems: [],
  };
}

/** The person in one line, for headings and the confirmation ("+4915123456789 · client-1, client-2"). */
export function subjectLabel(subject: PrivacySubject): string {
  return [subject.phone, (subject.clientIds ?? []).join(", ")].filter(Boolean).join(" · ");
}
