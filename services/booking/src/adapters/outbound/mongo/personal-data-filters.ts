import type { PersonalDataErasure, PersonLookup } from "../../../domain/privacy/personal-data-marks";
import type { RetentionSweep } from "../../../application/ports/retention-sweep";

/**
 * A person's documents: by phone index, by the client id at `clientIdPath`, or erased by
 * this very request before (their index is gone; a redelivered request still counts them).
 * Null when the lookup names nobody.
 */
export function personFilter(person: PersonLookup, clientIdPath: string): Record<string, unknown> | null {
  const branches: Array<Record<string, unknown>> = [];
  if (person.phoneIndex !== null) branches.push({ phoneIndex: person.phoneIndex });
  if (person.clientIds.length > 0) branches.push({ [clientIdPath]: { $in: person.clientIds } });
  if (person.erasedBy !== undefined) branches.push({ personalDataErasedBy: person.erasedBy });
  if (branches.length === 0) return null;
  return branches.length === 1 ? (branches[0] ?? null) : { $or: branches };
}

/** Documents of the sweep's service kinds that still hold personal data. */
export function retentionKindFilter(sweep: RetentionSweep, kindPath: string): Record<string, unknown> {
  const kinds =
    "in" in sweep.serviceKinds ? { $in: sweep.serviceKinds.in } : { $nin: sweep.serviceKinds.notIn };
  return { [kindPath]: kinds, personalDataErasedAt: null };
}

/**
 * The erasure write: the phone index goes, the erasure is marked; the sealed values stay,
 * unreadable once the key is shredded. `extra` clears further derived fields.
 */
export function erasureUpdate(erasure: PersonalDataErasure, extra: Record<string, unknown> = {}) {
  return {
    $unset: { phoneIndex: "" as const },
    $set: { personalDataErasedAt: erasure.at, personalDataErasedBy: erasure.by, ...extra },
  };
}

/**
 * Fields that only insert and the erasure write set. Ordinary updates write the whole
 * aggregate as read; leaving these out means a change racing an erasure can't put the
 * phone index back.
 */
export function withoutPersonalDataMarks<T extends object>(
  fields: T,
): Omit<T, "phoneIndex" | "personalDataErasedAt" | "personalDataErasedBy"> {
  const {
    phoneIndex: _phoneIndex,
    personalDataErasedAt: _erasedAt,
    personalDataErasedBy: _erasedBy,
    ...rest
  } = fields as T & { phoneIndex?: unknown; personalDataErasedAt?: unknown; personalDataErasedBy?: unknown };
  return rest;
}
