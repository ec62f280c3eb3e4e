import type { ConsentDataCategory, SharedClientData } from "@counselling/contracts";
import { categoriesPresentIn } from "@counselling/contracts";
import { consentSummaryOf, releasedCategoriesOf } from "./consent-record";
import { isPersonalDataErased, type OpenedReferralData, shownLegalDeadlineOf } from "./personal-data";
import type { Referral } from "./referral";

/** Field names of the receiving side's view that are personal data (for the audit record). */
export type PersonalDataField = ConsentDataCategory | "receiver_notes" | "legal_deadline";

/**
 * The categories the receiving side may see now: released and not revoked, none once the
 * consent has expired (whatever it listed). The application opens the sealed data only
 * when there is something to show.
 */
export function categoriesVisibleToReceiver(referral: Referral, now: Date): ConsentDataCategory[] {
  const expired = referral.consent !== null && Date.parse(referral.consent.expiresAt) <= now.getTime();
  return expired ? [] : releasedCategoriesOf(referral.consent);
}

/**
 * What the receiving service sees of a referral: the referral itself, the consent summary
 * and ONLY the categories the consent still releases — filtered here again although the
 * stored referral already holds no more (defence in depth: a view cannot leak what a bug
 * in a write let through); nothing once the consent has expired. Never the referrer's
 * own client reference. `opened` is what the application decrypted; once the personal
 * data are erased it shows none of them and says so (`personalDataErased`).
 */
export function receiverViewOf(referral: Referral, now: Date, opened: OpenedReferralData) {
  const released = categoriesVisibleToReceiver(referral, now);
  return {
    referralId: referral.referralId,
    status: referral.status,
    from: referral.from,
    to: referral.to,
    urgency: referral.urgency,
    reasonCode: referral.reasonCode,
    communication: referral.communication,
    legalDeadline: shownLegalDeadlineOf(referral, opened.legalDeadlineDescription),
    sentAt: referral.sentAt,
    acceptBy: referral.acceptBy,
    receiver: referral.receiver,
    consent: referral.consent ? consentSummaryOf(referral.consent) : null,
    sharedData: onlyReleased(opened.sharedData ?? {}, released),
    appointment: referral.appointment
      ? {
          appointmentId: referral.appointment.appointmentId,
          status: referral.appointment.status,
          startsAt: referral.appointment.startsAt,
        }
      : null,
    /** The warm handover's hold: the slot the referrer reserved, to confirm when accepting. */
    hold: referral.hold
      ? {
          appointmentId: referral.hold.appointmentId,
          status: referral.hold.status,
          serviceId: referral.hold.serviceId,
          locationId: referral.hold.locationId,
          counsellorId: referral.hold.counsellorId,
          startsAt: referral.hold.startsAt,
          expiresAt: referral.hold.expiresAt,
        }
      : null,
    notes: referral.receiverNotes.flatMap((note, index) => {
      const text = opened.notes[index] ?? null;
      return text === null ? [] : [{ text, at: note.at, by: note.by }];
    }),
    /** The client's personal data were erased (DPO request or retention): nothing personal is shown. */
    personalDataErased: isPersonalDataErased(referral) || opened.sharedData === null,
  };
}

export type ReceiverView = ReturnType<typeof receiverViewOf>;

export function onlyReleased(
  data: SharedClientData,
  released: readonly ConsentDataCategory[],
): SharedClientData {
  const view: SharedClientData = {};
  for (const category of released) {
    if (data[category] !== undefined) Object.assign(view, { [category]: data[category] });
  }
  return view;
}

/** The personal data a view actually shows: what a read of it must audit. */
export function personalDataFieldsOf(view: ReceiverView): PersonalDataField[] {
  const fields: PersonalDataField[] = categoriesPresentIn(view.sharedData);
  if (view.notes.length > 0) fields.push("receiver_notes");
  if (view.legalDeadline !== null && view.legalDeadline.description !== null) fields.push("legal_deadline");
  return fields;
}
