import type { ConsentDataCategory } from "@counselling/contracts";
import { AppError } from "@counselling/platform";

/**
 * The referral's refusals, each with a stable code and reason (part of the API:
 * the web app and tests switch on them) and a message safe to show to staff.
 */
export const ReferralErrorReasons = {
  invalidTransition: "referral_invalid_transition",
  consentMissing: "consent_missing",
  consentExpired: "consent_expired",
  consentNotYetGiven: "consent_not_yet_given",
  consentRevoked: "consent_revoked",
  consentLocked: "consent_locked",
  witnessRequired: "consent_witness_required",
  categoryNotReleased: "category_not_released",
  contactNotReleased: "contact_not_released",
  holdNotPossible: "hold_not_possible",
  holdNotAtRecipient: "hold_not_at_recipient",
  serviceKindNotOffered: "service_kind_not_offered",
} as const;

const statusLabel = (status: string): string => status.replace("_", " ");

export function invalidTransition(from: string, to: string): AppError {
  return new AppError(
    "PRECONDITION_FAILED",
    `A referral that is ${statusLabel(from)} cannot become ${statusLabel(to)}`,
    { reason: ReferralErrorReasons.invalidTransition, details: { from, to } },
  );
}

export function consentMissing(): AppError {
  return new AppError("PRECONDITION_FAILED", "Record the client's consent before sending the referral", {
    reason: ReferralErrorReasons.consentMissing,
  });
}

export function consentExpired(expiresAt: string): AppError {
  return new AppError("PRECONDITION_FAILED", "The client's consent has expired", {
    reason: ReferralErrorReasons.consentExpired,
    details: { expiresAt },
  });
}

export function consentNotYetGiven(givenAt: string): AppError {
  return new AppError("VALIDATION_FAILED", "Consent cannot be given in the future", {
    reason: ReferralErrorReasons.consentNotYetGiven,
    details: { givenAt },
  });
}

export function consentRevoked(): AppError {
  return new AppError(
    "PRECONDITION_FAILED",
    "The client has revoked their consent; the referral's personal data can no longer be used",
    { reason: ReferralErrorReasons.consentRevoked },
  );
}

export function consentLocked(): AppError {
  return new AppError("PRECONDITION_FAILED", "Consent can only be recorded while the referral is a draft", {
    reason: ReferralErrorReasons.consentLocked,
  });
}

export function witnessRequired(): AppError {
  return new AppError("VALIDATION_FAILED", "A verbal consent needs the name of its witness", {
    reason: ReferralErrorReasons.witnessRequired,
  });
}

export function categoryNotReleased(categories: readonly ConsentDataCategory[]): AppError {
  return new AppError("VALIDATION_FAILED", "Only released categories can be revoked", {
    reason: ReferralErrorReasons.categoryNotReleased,
    details: { categories },
  });
}

export function contactNotReleased(): AppError {
  return new AppError(
    "PRECONDITION_FAILED",
    "A slot can only be held with the client's contact details, and the client has not released them",
    { reason: ReferralErrorReasons.contactNotReleased },
  );
}

export function holdNotPossible(status: string): AppError {
  return new AppError(
    "PRECONDITION_FAILED",
    `A slot can only be held while the referral awaits acceptance, not when it is ${statusLabel(status)}`,
    { reason: ReferralErrorReasons.holdNotPossible, details: { status } },
  );
}

export function holdNotAtRecipient(): AppError {
  return new AppError("UNPROCESSABLE", "This slot is not at the service the referral goes to", {
    reason: ReferralErrorReasons.holdNotAtRecipient,
  });
}

export function serviceKindNotOffered(to: {
  serviceKind: string;
  organisationId: string;
  locationId: string | null;
  serviceId: string | null;
}): AppError {
  const where = to.serviceId ? "This service" : to.locationId ? "This location" : "This organisation";
  return new AppError("UNPROCESSABLE", `${where} does not offer the kind of service the referral asks for`, {
    reason: ReferralErrorReasons.serviceKindNotOffered,
    details: {
      serviceKind: to.serviceKind,
      organisationId: to.organisationId,
      locationId: to.locationId,
      serviceId: to.serviceId,
    },
  });
}
