import { AppError } from "@counselling/platform";
// The "max" metadata checks number lengths and ranges exactly, not only the prefix.
import { parsePhoneNumberFromString } from "libphonenumber-js/max";

/** A phone number as entered (German numbers may omit +49) → E.164, or a clear VALIDATION_FAILED. */
export function normalisePhone(phone: string): string {
  const parsed = parsePhoneNumberFromString(phone, "DE");
  if (!parsed?.isValid()) {
    throw new AppError("VALIDATION_FAILED", "This phone number is not valid", {
      reason: "phone_invalid",
      details: { field: "client.phone" },
    });
  }
  return parsed.number;
}
