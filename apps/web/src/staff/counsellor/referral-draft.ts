import type {
  BookableService,
  ConsentCategory,
  ConsentInput,
  DraftInput,
  FederalState,
  Language,
  ReasonCode,
  ResidenceStatus,
  ServiceKind,
  SharedClientData,
  Urgency,
} from "../../api/service-types";
import { berlinDateTimeLocalOf, instantOfBerlinWallClock } from "../../i18n/format-date-time";
import { toE164 } from "./phone-number";

/** The categories a client can release, in the order the consent form asks them. */
export const consentCategories = [
  "contact",
  "language",
  "residence_status",
  "referral_reason",
  "health_notes",
] as const satisfies readonly ConsentCategory[];

export const reasonCodes = [
  "psychological_support",
  "asylum_procedure",
  "residence_law",
  "family_reunification",
  "social_benefits",
  "housing",
  "language_and_education",
  "work_and_training",
  "child_and_youth",
  "voluntary_return",
  "discrimination_or_violence",
  "everyday_integration",
  "other",
] as const satisfies readonly ReasonCode[];

export const urgencies = ["routine", "soon", "urgent"] as const satisfies readonly Urgency[];

export const residenceStatuses = [
  "asylum_seeker",
  "tolerated",
  "temporary_protection",
  "residence_permit",
  "settlement_permit",
  "eu_free_movement",
  "german_citizen",
  "other",
] as const satisfies readonly ResidenceStatus[];

/**
 * Where a referral goes: one service at one of its offices, or any service of the kind in
 * a Land (the first one that accepts takes the client).
 */
export const recipientScopes = ["organisation", "region"] as const;
export type RecipientScope = (typeof recipientScopes)[number];

/** What the counsellor fills in on the referral form (step 1). */
export interface ReferralForm {
  clientReference: string;
  fromServiceId: string;
  toKind: ServiceKind | "";
  toScope: RecipientScope;
  /** The receiving service at one of its locations: `<serviceId>@<locationId>`. */
  toChoice: string;
  /** A region-wide referral's Land. */
  toFederalState: FederalState | "";
  /** Optional: where the client lives, so a service nearby can take it (five digits). */
  toNearPostalCode: string;
  reasonCode: ReasonCode | "";
  urgency: Urgency;
  language: Language;
  interpreterNeeded: boolean;
  hasLegalDeadline: boolean;
  legalDeadlineDueOn: string;
  legalDeadlineDescription: string;
}

/** The consent form (step 2): what may travel, the data for it, and how the client agreed. */
export interface ConsentForm {
  categories: ConsentCategory[];
  contactName: string;
  contactPhone: string;
  contactNote: string;
  dialect: string;
  residenceStatus: ResidenceStatus | "";
  residenceValidUntil: string;
  reasonText: string;
  healthText: string;
  purpose: string;
  givenHow: ConsentInput["givenHow"];
  witnessedBy: string;
  /** datetime-local, Berlin wall clock as the browser shows it. */
  givenAt: string;
  /** A date; the consent ends at the end of that day. */
  expiresOn: string;
}

export type ReferralFormErrors = Partial<Record<keyof ReferralForm, string>>;
export type ConsentFormErrors = Partial<Record<keyof ConsentForm, string>>;

export function emptyReferralForm(fromServiceId: string): ReferralForm {
  return {
    clientReference: "",
    fromServiceId,
    toKind: "",
    toScope: "organisation",
    toChoice: "",
    toFederalState: "",
    toNearPostalCode: "",
    reasonCode: "",
    urgency: "routine",
    language: "de",
    interpreterNeeded: false,
    hasLegalDeadline: false,
    legalDeadlineDueOn: "",
    legalDeadlineDescription: "",
  };
}

/** The consent form's times are office (Berlin) times, whatever the browser's zone. */
const berlinDateOfInstant = (date: Date) => berlinDateTimeLocalOf(date).slice(0, 10);

export function emptyConsentForm(now: Date, purpose: string): ConsentForm {
  const sixMonths = new Date(now.getTime() + 182 * 86_400_000);
  return {
    categories: [],
    contactName: "",
    contactPhone: "",
    contactNote: "",
    dialect: "",
    residenceStatus: "",
    residenceValidUntil: "",
    reasonText: "",
    healthText: "",
    purpose,
    givenHow: "signed_form",
    witnessedBy: "",
    givenAt: berlinDateTimeLocalOf(now),
    expiresOn: berlinDateOfInstant(sixMonths),
  };
}

/** Error keys (translated by the page) of step 1, by field. */
export function referralFormErrors(form: ReferralForm, today: string): ReferralFormErrors {
  const errors: ReferralFormErrors = {};
  if (!form.clientReference.trim()) errors.clientReference = "clientReferenceMissing";
  if (!form.fromServiceId) errors.fromServiceId = "fromServiceMissing";
  if (!form.toKind) errors.toKind = "toKindMissing";
  if (form.toScope === "organisation" && !form.toChoice) errors.toChoice = "toChoiceMissing";
  if (form.toScope === "region") {
    if (!form.toFederalState) errors.toFederalState = "toFederalStateMissing";
    if (form.toNearPostalCode.trim() && !/^\d{5}$/.test(form.toNearPostalCode.trim()))
      errors.toNearPostalCode = "postalCodeInvalid";
  }
  if (!form.reasonCode) errors.reasonCode = "reasonMissing";
  if (form.hasLegalDeadline) {
    if (!form.legalDeadlineDueOn) errors.legalDeadlineDueOn = "deadlineDateMissing";
    else if (form.legalDeadlineDueOn < today) errors.legalDeadlineDueOn = "deadlineInPast";
    if (!form.legalDeadlineDescription.trim()) errors.legalDeadlineDescription = "deadlineDescriptionMissing";
  }
  return errors;
}

/** Error keys of step 2, by field. */
export function consentFormErrors(form: ConsentForm, now: Date): ConsentFormErrors {
  const errors: ConsentFormErrors = {};
  const has = (category: ConsentCategory) => form.categories.includes(category);
  if (has("contact")) {
    if (!form.contactName.trim()) errors.contactName = "contactNameMissing";
    if (form.contactPhone.trim() && !toE164(form.contactPhone)) errors.contactPhone = "phoneInvalid";
  }
  if (has("residence_status") && !form.residenceStatus) errors.residenceStatus = "residenceMissing";
  if (has("referral_reason") && !form.reasonText.trim()) errors.reasonText = "reasonTextMissing";
  if (has("health_notes") && !form.healthText.trim()) errors.healthText = "healthTextMissing";
  if (!form.purpose.trim()) errors.purpose = "purposeMissing";
  if (form.givenHow === "verbal_documented" && !form.witnessedBy.trim())
    errors.witnessedBy = "witnessMissing";
  const givenAt = form.givenAt ? instantOfBerlinWallClock(form.givenAt) : new Date(Number.NaN);
  if (Number.isNaN(givenAt.getTime())) errors.givenAt = "givenAtMissing";
  else if (givenAt.getTime() > now.getTime() + 60_000) errors.givenAt = "givenAtFuture";
  if (!form.expiresOn) errors.expiresOn = "expiresMissing";
  else if (endOfDay(form.expiresOn).getTime() <= now.getTime()) errors.expiresOn = "expiresInPast";
  return errors;
}

/** The consent lasts to the end of its last day, in Berlin. */
function endOfDay(date: string): Date {
  return new Date(instantOfBerlinWallClock(`${date}T23:59`).getTime() + 59_999);
}

/** The receiving services of a kind, one choice per location (the recipient names a Land). */
export function recipientChoices(services: readonly BookableService[], kind: ServiceKind | "") {
  return services
    .filter((service) => service.kind === kind)
    .flatMap((service) =>
      service.locations.map((location) => ({
        value: `${service.id}@${location.id}`,
        service,
        location,
      })),
    );
}

/** The Länder where services of a kind have an office: a region-wide referral can reach someone there. */
export function regionChoices(services: readonly BookableService[], kind: ServiceKind | ""): FederalState[] {
  const states = services
    .filter((service) => service.kind === kind)
    .flatMap((service) => service.locations.map((location) => location.federalState));
  return [...new Set(states)].sort();
}

/** The recipient as the referral service takes it: a service at an office, or a kind in a Land. */
function recipientOf(referral: ReferralForm, services: readonly BookableService[]): DraftInput["to"] {
  if (referral.toScope === "region") {
    if (!referral.toKind || !referral.toFederalState) throw new Error("the referral form is incomplete");
    return {
      scope: "region",
      serviceKind: referral.toKind,
      federalState: referral.toFederalState,
      nearPostalCode: referral.toNearPostalCode.trim() || null,
    };
  }
  const [serviceId = "", locationId = ""] = referral.toChoice.split("@");
  const to = services.find((service) => service.id === serviceId);
  const location = to?.locations.find((entry) => entry.id === locationId);
  if (!to || !location) throw new Error("the referral form is incomplete");
  return {
    scope: "organisation",
    serviceKind: to.kind,
    organisationId: to.organisation.id,
    locationId: location.id,
    serviceId: to.id,
    federalState: location.federalState satisfies FederalState,
  };
}

/**
 * The draft as the referral service takes it. Only the data of released categories is
 * sent at all: what the client did not release never leaves this form.
 */
export function draftInputOf(
  referral: ReferralForm,
  consent: ConsentForm,
  services: readonly BookableService[],
): DraftInput {
  const from = services.find((service) => service.id === referral.fromServiceId);
  if (!from || !referral.reasonCode) throw new Error("the referral form is incomplete");
  return {
    clientReference: referral.clientReference.trim(),
    fromService: { serviceId: from.id, serviceKind: from.kind },
    to: recipientOf(referral, services),
    urgency: referral.urgency,
    reasonCode: referral.reasonCode,
    communication: { language: referral.language, interpreterNeeded: referral.interpreterNeeded },
    legalDeadline: referral.hasLegalDeadline
      ? { dueOn: referral.legalDeadlineDueOn, description: referral.legalDeadlineDescription.trim() }
      : null,
    sharedData: sharedDataOf(consent),
  };
}

export function sharedDataOf(consent: ConsentForm): SharedClientData {
  const has = (category: ConsentCategory) => consent.categories.includes(category);
  const orNull = (text: string) => text.trim() || null;
  return {
    ...(has("contact") && {
      contact: {
        name: consent.contactName.trim(),
        phone: consent.contactPhone.trim() ? toE164(consent.contactPhone) : null,
        note: orNull(consent.contactNote),
      },
    }),
    ...(has("language") && { language: { dialect: orNull(consent.dialect), furtherLanguages: [] } }),
    ...(has("residence_status") &&
      consent.residenceStatus && {
        residence_status: {
          status: consent.residenceStatus,
          validUntil: orNull(consent.residenceValidUntil),
        },
      }),
    ...(has("referral_reason") && { referral_reason: { text: consent.reasonText.trim() } }),
    ...(has("health_notes") && { health_notes: { text: consent.healthText.trim() } }),
  };
}

export function consentInputOf(consent: ConsentForm): ConsentInput {
  return {
    dataCategories: consentCategories.filter((category) => consent.categories.includes(category)),
    purpose: consent.purpose.trim(),
    givenHow: consent.givenHow,
    witnessedBy: consent.givenHow === "verbal_documented" ? consent.witnessedBy.trim() : null,
    givenAt: instantOfBerlinWallClock(consent.givenAt).toISOString(),
    expiresAt: endOfDay(consent.expiresOn).toISOString(),
  };
}
