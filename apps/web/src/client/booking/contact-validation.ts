import type { ContactDetails } from "./booking-draft";

export type ContactField = "displayName" | "phone";

/** Checks the browser can make before asking the service; returns translation keys per field. */
export function contactErrors(contact: ContactDetails): Partial<Record<ContactField, string>> {
  const errors: Partial<Record<ContactField, string>> = {};
  if (!contact.displayName.trim()) errors.displayName = "details.errors.nameMissing";
  if (contact.smsConsent && !contact.phone.trim()) errors.phone = "details.errors.phoneMissingForSms";
  return errors;
}

/** Failures of the service that belong to a field rather than to the whole form. */
export const fieldOfReason: Partial<Record<string, ContactField>> = {
  phone_invalid: "phone",
  sms_without_phone: "phone",
};

/** Failures after which only another time helps. */
export const slotGoneReasons = new Set([
  "slot_taken",
  "slot_in_past",
  "slot_outside_rules",
  "no_interpreter_available",
]);
