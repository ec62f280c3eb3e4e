import { AppError } from "../errors/app-error";

/** MongoDB (and FerretDB) report a unique-index violation as error code 11000. */
export const DUPLICATE_KEY_CODE = 11000;

export function isDuplicateKeyError(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === DUPLICATE_KEY_CODE;
}

/** A duplicate key found in a batched insert, shaped like the driver's error so callers need one check. */
export class DuplicateKeyError extends Error {
  readonly code = DUPLICATE_KEY_CODE;

  constructor(namespace: string) {
    super(`duplicate key in ${namespace}`);
    this.name = "DuplicateKeyError";
  }
}

/**
 * Turns a unique-index violation into a typed CONFLICT the caller can act on;
 * rethrows anything else untouched. Database-enforced uniqueness is how we
 * prevent double bookings (never read-then-write).
 */
export function rethrowDuplicateKeyAsConflict(error: unknown, message: string, reason: string): never {
  if (isDuplicateKeyError(error)) throw AppError.conflict(message, { reason, cause: error });
  throw error;
}
