import type { BookableService, BookingResult, Channel, Language, SlotOffer } from "../../api/service-types";

/** What the client has chosen so far; each step adds one thing. */
export interface BookingDraft {
  talkLanguage: Language;
  service: BookableService | null;
  channel: Channel | null;
  /** null: any office (phone and video: the counsellor calls from wherever they work). */
  locationId: string | null;
  offer: SlotOffer | null;
  /** Kept here, not in the form, so going back to pick another time does not lose it. */
  contact: ContactDetails;
  result: BookingResult | null;
}

export interface ContactDetails {
  displayName: string;
  phone: string;
  smsConsent: boolean;
  serviceNameInSms: boolean;
  interpreterNeeded: boolean;
}

export const emptyContact: ContactDetails = {
  displayName: "",
  phone: "",
  // Consent is asked, never assumed (DSG-EKD § 11).
  smsConsent: false,
  serviceNameInSms: false,
  interpreterNeeded: false,
};

export const bookingSteps = ["service", "place", "time", "details", "done"] as const;
export type BookingStep = (typeof bookingSteps)[number];

export function isBookingStep(value: string | null): value is BookingStep {
  return bookingSteps.some((step) => step === value);
}

/**
 * The step the draft allows: the one asked for, unless something it needs is missing
 * (after a reload, or a hand-edited URL), then the first step that is still open.
 * A booked draft always shows its confirmation.
 */
export function reachableStep(asked: BookingStep, draft: BookingDraft): BookingStep {
  if (draft.result) return "done";
  const firstOpen: BookingStep = !draft.service
    ? "service"
    : !draft.channel
      ? "place"
      : !draft.offer
        ? "time"
        : "details";
  const order = (step: BookingStep) => bookingSteps.indexOf(step);
  return order(asked) <= order(firstOpen) ? asked : firstOpen;
}

/**
 * A text of the directory in the reader's language, else English (always present), with
 * the language it is really in, so it can be marked up with `lang` for screen readers.
 */
export function textIn(text: BookableService["name"], language: string): { text: string; lang: string } {
  const translated = (text as Partial<Record<string, string>>)[language];
  return translated ? { text: translated, lang: language } : { text: text.en, lang: "en" };
}

/**
 * Services whose name in an SMS could expose the client on a shared phone (therapy, asylum,
 * return), by kind. The public directory does not carry the service's own flag; a service
 * that is sensitive by its own setting still gets discreet texts, the client just isn't asked.
 */
export function isSensitiveKind(kind: BookableService["kind"]): boolean {
  return (
    kind === "psychosocial_centre" ||
    kind === "asylum_procedure_counselling" ||
    kind === "voluntary_return_counselling"
  );
}
