import type { ConsentCategory, ReferralStatus } from "../../api/service-types";

/** What revoking sends: "all" when every category still released goes, else the ones chosen. */
export type RevokedCategories = "all" | ConsentCategory[];

/** Statuses in which the receiving service cannot go on without the data: a full revocation ends the referral. */
const endsWithoutData: readonly ReferralStatus[] = ["draft", "sent", "received"];

/** Appointment statuses in which booking keeps the appointment (with the client's name and phone). */
const keptAppointment: readonly string[] = ["booked", "checked_in"];

/** What a revocation will do, to say before the staff member confirms it (referral's rules, ADR 32). */
export interface RevocationEffects {
  /** Deleted from the referral at once, at both services. */
  erased: ConsentCategory[];
  /** Everything still released goes: the whole release is withdrawn. */
  full: boolean;
  /** The receiving service's notes are deleted too (a full revocation). */
  notesErased: boolean;
  /** The referral is cancelled: the receiving service cannot go on without the data. */
  endsReferral: boolean;
  /** The other services are told to delete their copies (only a sent referral travelled). */
  othersTold: boolean;
  /** An appointment already booked stays: the client may still want to go; the service asks them. */
  appointmentKept: boolean;
}

export function revocationEffects(
  released: readonly ConsentCategory[],
  chosen: readonly ConsentCategory[],
  status: ReferralStatus,
  appointmentStatus: string | null,
): RevocationEffects {
  const erased = released.filter((category) => chosen.includes(category));
  const full = erased.length > 0 && erased.length === released.length;
  return {
    erased,
    full,
    notesErased: full,
    endsReferral: full && endsWithoutData.includes(status),
    othersTold: status !== "draft",
    appointmentKept:
      erased.includes("contact") && appointmentStatus !== null && keptAppointment.includes(appointmentStatus),
  };
}

/** The revocation as the referral service takes it. */
export function revokedCategoriesOf(
  released: readonly ConsentCategory[],
  chosen: readonly ConsentCategory[],
): RevokedCategories {
  const erased = released.filter((category) => chosen.includes(category));
  return erased.length === released.length ? "all" : erased;
}
