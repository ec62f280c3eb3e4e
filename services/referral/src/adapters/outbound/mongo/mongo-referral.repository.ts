import type { ServiceKind } from "@counselling/contracts";
import {
  AppError,
  type DocumentLocks,
  documentLockKey,
  initialOutbox,
  isDuplicateKeyError,
  type OutboxEntry,
  type OutboxFields,
  withOutbox,
} from "@counselling/platform";
import type { Collection } from "mongodb";
import type { ReferralRepository } from "../../../application/ports/referral-repository.port";
import { type Referral, ReferralSchema } from "../../../domain/referral/referral";
import { awaitingAcceptanceStatuses, type ReferralStatus } from "../../../domain/referral/referral-status";

/** Stored shape: the aggregate under its id, plus the outbox fields the relay works on. */
export type ReferralDocument = Referral & OutboxFields & { _id: string };

/**
 * Referrals in MongoDB (FerretDB v1 in tests: no transactions, every query but `{_id}`
 * scans). One document per referral carries its state, its timeline, the released data
 * and the pending events, so a transition is ONE conditional write (compare-and-set on
 * `revision`, under the document's lock like the relay's removal, ADR 9). The receiving side has no copy of its own: its view is a projection of
 * this document (domain/referral/receiver-view.ts), which holds only released data.
 */
export class MongoReferralRepository implements ReferralRepository {
  constructor(
    private readonly referrals: Collection<ReferralDocument>,
    /** FerretDB v1's conditional updates are not atomic (ADR 9): every writer takes the document's lock. */
    private readonly locks: DocumentLocks,
  ) {}

  async insert(referral: Referral, events: OutboxEntry[]): Promise<void> {
    try {
      await this.referrals.insertOne({
        _id: referral.referralId,
        ...stored(referral),
        ...initialOutbox(events),
      });
    } catch (error) {
      if (isDuplicateKeyError(error))
        throw AppError.conflict("This referral exists already", { reason: "referral_exists" });
      throw error;
    }
  }

  async findById(referralId: string): Promise<Referral | null> {
    const document = await this.referrals.findOne({ _id: referralId });
    return document ? toReferral(document) : null;
  }

  async update(referral: Referral, expectedRevision: number, events: OutboxEntry[]): Promise<void> {
    const fields = stored({ ...referral, revision: expectedRevision + 1 });
    const result = await this.locks.withLock(documentLockKey(this.referrals, referral.referralId), () =>
      this.referrals.updateOne(
        { _id: referral.referralId, revision: expectedRevision },
        withOutbox({ $set: fields }, events),
      ),
    );
    if (result.matchedCount === 0) {
      throw AppError.conflict("The referral was changed meanwhile; please reload", {
        reason: "concurrent_change",
      });
    }
  }

  async findByReferrer(organisationId: string, counsellorId: string): Promise<Referral[]> {
    const documents = await this.referrals
      .find({ "from.organisationId": organisationId, "from.counsellorId": counsellorId })
      .sort({ createdAt: -1 })
      .toArray();
    return documents.map(toReferral);
  }

  async findForInbox(serviceKind: ServiceKind, statuses: readonly ReferralStatus[]): Promise<Referral[]> {
    const documents = await this.referrals
      .find({ "to.serviceKind": serviceKind, status: { $in: [...statuses] } })
      .toArray();
    return documents.map(toReferral);
  }

  async findOverdueForAcceptance(now: Date, limit: number): Promise<Referral[]> {
    // acceptBy is always written by toISOString (one fixed format), so string order is time order.
    const documents = await this.referrals
      .find({ status: { $in: [...awaitingAcceptanceStatuses] }, acceptBy: { $lte: now.toISOString() } })
      .limit(limit)
      .toArray();
    return documents.map(toReferral);
  }
}

/**
 * The aggregate as a plain JSON document. The round trip drops `undefined` members (the
 * driver would store them as null), so an absent data category is absent in the database.
 */
function stored(referral: Referral): Referral {
  return JSON.parse(JSON.stringify(referral)) as Referral;
}

/** Strips storage fields and checks the stored shape (documents of older versions fail loudly). */
function toReferral(document: ReferralDocument): Referral {
  return ReferralSchema.parse(document);
}
