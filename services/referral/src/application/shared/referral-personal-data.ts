import {
  type ConsentDataCategory,
  categoriesPresentIn,
  type ReferralSentV1Data,
  type SealedSharedClientData,
  type SharedClientData,
  SharedClientDataSchema,
} from "@counselling/contracts";
import { clientIdOf, type OpenedReferralData } from "../../domain/referral/personal-data";
import { onlyReleased } from "../../domain/referral/receiver-view";
import type { Referral } from "../../domain/referral/referral";
import type { ClientDataVault } from "../ports/personal-data-vault.port";

/** A legal deadline as the counsellor enters it: the description in plain text. */
export interface PlainLegalDeadline {
  dueOn: string;
  description: string;
}

/** A legal deadline as the referral stores it and `referral.sent` carries it. */
export type SealedLegalDeadline = NonNullable<ReferralSentV1Data["legalDeadline"]>;

/**
 * Sealing and opening a referral's personal data with its data key (ADR 0011). Use cases
 * seal what a request brings at once and open only what an answer or a hold needs; the
 * domain carries sealed values and decides which categories stay. Opening erased data
 * gives null, never an error: views show them as erased.
 */
export class ReferralPersonalData {
  constructor(private readonly vault: ClientDataVault) {}

  sealText(clientId: string, text: string): Promise<string> {
    return this.vault.encrypt(clientId, text);
  }

  openText(clientId: string, sealed: string): Promise<string | null> {
    return this.vault.decryptOrNull(clientId, sealed);
  }

  async sealShared(clientId: string, data: SharedClientData): Promise<SealedSharedClientData> {
    // JSON.stringify drops absent (undefined) categories, so the sealed document holds only present ones.
    return {
      clientId,
      categories: categoriesPresentIn(data),
      sealed: await this.vault.encrypt(clientId, JSON.stringify(data)),
    };
  }

  async openShared(sealed: SealedSharedClientData): Promise<SharedClientData | null> {
    const json = await this.vault.decryptOrNull(sealed.clientId, sealed.sealed);
    return json === null ? null : SharedClientDataSchema.parse(JSON.parse(json));
  }

  /**
   * The shared data sealed again with only `keep` (send withholds, revocation deletes).
   * Unchanged when nothing goes. Once erased the blob can't be opened and stays as it is,
   * unreadable for good; its categories then name only what is kept, so no one takes the
   * dropped ones for still released.
   */
  async narrowShared(
    sealed: SealedSharedClientData,
    keep: readonly ConsentDataCategory[],
  ): Promise<SealedSharedClientData> {
    const kept = sealed.categories.filter((category) => keep.includes(category));
    if (kept.length === sealed.categories.length) return sealed;
    const opened = await this.openShared(sealed);
    if (opened === null) return { ...sealed, categories: kept };
    return this.sealShared(sealed.clientId, onlyReleased(opened, kept));
  }

  /** The legal deadline with its description sealed with the referral's key (the date stays in the clear). */
  async sealLegalDeadline(
    clientId: string,
    deadline: PlainLegalDeadline | null,
  ): Promise<SealedLegalDeadline | null> {
    if (deadline === null) return null;
    return { dueOn: deadline.dueOn, sealedDescription: await this.sealText(clientId, deadline.description) };
  }

  /** The legal deadline's description; null without a deadline or once it can no longer be read. */
  openLegalDeadlineDescription(referral: Referral): Promise<string | null> {
    return referral.legalDeadline === null
      ? Promise.resolve(null)
      : this.openText(clientIdOf(referral), referral.legalDeadline.sealedDescription);
  }

  /** The receiver notes' texts, in order; null where they can no longer be read. */
  openNotes(referral: Referral): Promise<Array<string | null>> {
    return Promise.all(
      referral.receiverNotes.map((note) => this.openText(referral.sharedData.clientId, note.sealedText)),
    );
  }

  /** What the receiving side's view needs; nothing is opened when it may show nothing. */
  async openForReceiver(
    referral: Referral,
    visible: readonly ConsentDataCategory[],
  ): Promise<OpenedReferralData> {
    const showsData = visible.some((category) => referral.sharedData.categories.includes(category));
    return {
      sharedData: showsData ? await this.openShared(referral.sharedData) : {},
      notes: await this.openNotes(referral),
      legalDeadlineDescription: await this.openLegalDeadlineDescription(referral),
    };
  }
}
