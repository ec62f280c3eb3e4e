import { type SmsPurpose } from "@counselling/contracts";
import { z } from "zod";

/** The texts notify sends; one SMS per (source event, template) at most. */
export const TemplateNameSchema = z.enum([
  "confirmation",
  "reschedule",
  "cancellation",
  "reminder",
  "referral_scheduled",
  "waitlist_offer",
]);
export type TemplateName = z.infer<typeof TemplateNameSchema>;

/** The contract's purpose of a template, for delivery events (reception sees "offer not delivered"). */
export function purposeOf(template: TemplateName): SmsPurpose {
  switch (template) {
    case "confirmation":
    case "referral_scheduled":
      return "booking_confirmation";
    case "reschedule":
      return "reschedule_notice";
    case "cancellation":
      return "cancellation_notice";
    case "reminder":
      return "reminder";
    case "waitlist_offer":
      return "waitlist_offer";
  }
}
