import type { z } from "zod";

/**
 * Option for refinements that compare fields: run only when the fields themselves
 * parsed cleanly. Zod 4 otherwise runs them on invalid parts too, and "the end must be
 * after the start" next to "not a time" only confuses the person reading the errors.
 */
export const onlyWhenFieldsAreValid = {
  when: (payload: z.core.ParsePayload) => payload.issues.length === 0,
};
