import type { SharedClientData } from "@counselling/contracts";
import { clientIdOf, shownLegalDeadlineOf } from "./personal-data";
import type { Referral } from "./referral";

/** What the application opened of one referral for an export: null where erased. */
export interface OpenedForExport {
  sharedData: SharedClientData | null;
  clientReference: string | null;
  notes: Array<string | null>;
  legalDeadlineDescription: string | null;
}

/**
 * Everything the referral service holds about the client in one referral, for the data
 * protection officer's answer to "what do you hold about me?" (DSG-EKD § 19, GDPR Art. 15):
 * the personal data opened, the consent as documented (with its revocations), the status
 * and its timeline, the linked appointment and the decisions. Erased data appear as null.
 */
export function exportedReferralOf(referral: Referral, opened: OpenedForExport) {
  return {
    referralId: referral.referralId,
    clientId: clientIdOf(referral),
    status: referral.status,
    createdAt: referral.createdAt,
    createdBy: referral.createdBy,
    from: referral.from,
    to: referral.to,
    urgency: referral.urgency,
    reasonCode: referral.reasonCode,
    communication: referral.communication,
    legalDeadline: shownLegalDeadlineOf(referral, opened.legalDeadlineDescription),
    clientReference: opened.clientReference,
    sharedDataCategories: referral.sharedData.categories,
    sharedData: opened.sharedData,
    consent: referral.consent,
    sentAt: referral.sentAt,
    acceptBy: referral.acceptBy,
    receiver: referral.receiver,
    notes: referral.receiverNotes.map((note, index) => ({
      text: opened.notes[index] ?? null,
      by: note.by,
      at: note.at,
    })),
    appointment: referral.appointment,
    hold: referral.hold,
    decline: referral.decline,
    outcome: referral.outcome,
    cancellation: referral.cancellation,
    expiryCause: referral.expiryCause,
    timeline: referral.timeline,
    personalDataErasedAt: referral.personalDataErasedAt,
  };
}

export type ExportedReferral = ReturnType<typeof exportedReferralOf>;
