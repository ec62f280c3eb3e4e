import { IdSchema, type PhoneIndex } from "@counselling/contracts";
import { z } from "zod";
import { normalisePhone } from "../book-appointment/normalise-phone";
import type { PhoneIndexing } from "../ports/personal-data.port";

/**
 * How a data protection officer names a person: a phone number (any common notation), the
 * client (data key) ids of their records, or both. Clients have no account; the phone
 * number is what connects their records (ADR 0011).
 */
export const PrivacySubjectInputSchema = z
  .object({
    phone: z.string().trim().min(3).max(32).optional(),
    clientIds: z.array(IdSchema).max(500).optional(),
  })
  .refine((subject) => subject.phone !== undefined || (subject.clientIds?.length ?? 0) > 0, {
    message: "Name a phone number or at least one client id",
    path: ["clientIds"],
  });

export type PrivacySubjectInput = z.input<typeof PrivacySubjectInputSchema>;

export interface PrivacySubject {
  /** E.164, for asking the other services; never stored. */
  phone: string | null;
  phoneIndex: PhoneIndex | null;
  clientIds: string[];
}

export function privacySubjectOf(input: PrivacySubjectInput, phoneIndex: PhoneIndexing): PrivacySubject {
  const parsed = PrivacySubjectInputSchema.parse(input);
  const phone = parsed.phone === undefined ? null : normalisePhone(parsed.phone);
  return {
    phone,
    phoneIndex: phone === null ? null : phoneIndex.of(phone),
    clientIds: [...new Set(parsed.clientIds ?? [])],
  };
}
