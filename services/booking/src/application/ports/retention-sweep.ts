import type { RetentionCutoff } from "../../domain/retention/retention-policy";

/** Which finished records a retention run asks for, and how many at once. */
export interface RetentionSweep extends RetentionCutoff {
  limit: number;
}
