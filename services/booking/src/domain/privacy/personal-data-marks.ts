import { PhoneIndexSchema } from "@counselling/contracts";
import { z } from "zod";

/**
 * What every booking record with client data keeps beside its sealed name and phone
 * (ADR 0011): the phone index that finds the person's records for erasure and export,
 * and, once the record's key is shredded, when and why (an erasure request's id, or
 * `retention`). Erasure and retention remove the index and keep the record, so
 * statistics stay the same.
 */
export const PersonalDataMarksSchema = z.object({
  phoneIndex: PhoneIndexSchema.nullable().default(null),
  personalDataErasedAt: z.date().nullable().default(null),
  personalDataErasedBy: z.string().min(1).nullable().default(null),
});

export type PersonalDataMarks = z.infer<typeof PersonalDataMarksSchema>;

/** Who erased a record's personal data: an erasure request (its id) or the retention job. */
export const RETENTION_ERASURE = "retention";

export interface PersonalDataErasure {
  at: Date;
  /** The erasure request's id, or RETENTION_ERASURE. */
  by: string;
}

/** How the DPO names a person: by phone index, by the client (data key) ids of their records, or both. */
export interface PersonLookup {
  phoneIndex: string | null;
  clientIds: string[];
  /** Records an earlier delivery of this erasure request already erased (their index is gone). */
  erasedBy?: string;
}
