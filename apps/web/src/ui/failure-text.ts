import type { TFunction } from "i18next";
import { failureReasonOf } from "../api/failure-reason";

/**
 * Why a call failed, in the reader's language: client-facing reasons first (every
 * language), then those only staff meet, else "something went wrong".
 */
export function failureText(t: TFunction, error: unknown): string {
  const reason = failureReasonOf(error);
  return t(`errors.${reason}`, {
    defaultValue: t(`staffErrors.${reason}`, { defaultValue: t("errors.unknown") }),
  });
}
