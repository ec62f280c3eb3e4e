import type { ConsentDataCategory, SealedSharedClientData, SharedClientData } from "@counselling/contracts";
import { AppError } from "@counselling/platform";
import type { Referral } from "./referral";

/**
 * The key id of everything personal in one referral (ADR 0011: one key per record, not
 * per person): the shared data, the referrer's client reference, the legal deadline's
 * description and the receiving side's notes are sealed with it, so erasing or
 * anonymising the referral is shredding one key.
 */
export function clientIdFor(referralId: string): string {
  return `client-${referralId}`;
}

/** The referral's data key id (the one its shared data names). */
export function clientIdOf(referral: Referral): string {
  return referral.sharedData.clientId;
}

/**
 * What the application opened of a referral's sealed data for a view: null where the
 * data can no longer be read (the key shredded by an erasure or the retention job).
 */
export interface OpenedReferralData {
  sharedData: SharedClientData | null;
  /** One per receiver note, in order. */
  notes: Array<string | null>;
  /** The legal deadline's description; null without a deadline or once unreadable. */
  legalDeadlineDescription: string | null;
}

/**
 * A legal deadline as the views for authorised staff show it: the date, and the
 * description opened (null once the personal data are erased). Inbox lines show only the
 * date (no personal data there).
 */
export interface ShownLegalDeadline {
  dueOn: string;
  description: string | null;
}

export function shownLegalDeadlineOf(
  referral: Referral,
  description: string | null,
): ShownLegalDeadline | null {
  if (referral.legalDeadline === null) return null;
  return {
    dueOn: referral.legalDeadline.dueOn,
    description: isPersonalDataErased(referral) ? null : description,
  };
}

export function isPersonalDataErased(referral: Referral): boolean {
  return referral.personalDataErasedAt !== null;
}

export function personalDataErased(): AppError {
  return new AppError("GONE", "The client's personal data in this referral have been erased", {
    reason: "personal_data_erased",
  });
}

/** Refuses what would need personal data that have been erased (sending, a new note). */
export function assertPersonalDataKept(referral: Referral): void {
  if (isPersonalDataErased(referral)) throw personalDataErased();
}

/**
 * The domain decides which categories stay; the application seals them again (the
 * domain cannot encrypt). This checks that what came back is that: same key, exactly
 * those categories. A mismatch is a bug, never a user error.
 */
export function assertNarrowedTo(
  current: SealedSharedClientData,
  narrowed: SealedSharedClientData,
  keep: readonly ConsentDataCategory[],
): void {
  const same =
    narrowed.clientId === current.clientId &&
    narrowed.categories.length === keep.length &&
    keep.every((category) => narrowed.categories.includes(category));
  if (!same) {
    throw new Error(
      `shared data sealed for [${narrowed.categories.join(",")}] where [${keep.join(",")}] was decided`,
    );
  }
}
