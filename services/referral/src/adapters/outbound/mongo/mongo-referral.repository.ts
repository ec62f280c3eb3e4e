import { ReferralOutcomeSchema, type ServiceKind, ServiceKindSchema } from "@counselling/contracts";
import {
  AppError,
  compareAndSet,
  type DocumentLocks,
  initialOutbox,
  isDuplicateKeyError,
  type OutboxEntry,
  type OutboxFields,
  writeWithOutboxMark,
} from "@counselling/platform";
import type { Collection, Filter } from "mongodb";
import { z } from "zod";
import type {
  PersonLookup,
  ReferralRepository,
  StatisticsScope,
} from "../../../application/ports/referral-repository.port";
import { type Referral, ReferralSchema } from "../../../domain/referral/referral";
import {
  awaitingAcceptanceStatuses,
  finalStatuses,
  type ReferralStatus,
  ReferralStatusSchema,
} from "../../../domain/referral/referral-status";
import { finishedAtOf } from "../../../domain/referral/retention";
import type { ReferralStatisticsFact } from "../../../domain/statistics/monthly-statistics";

/**
 * Stored shape: the aggregate under its id, plus the outbox fields the relay works on and
 * `finishedAt` (when it became final, derived on every write) for the retention job's query.
 * `phoneIndex` is absent (not null) once erased or when there is no phone.
 */
export type ReferralDocument = Omit<Referral, "phoneIndex"> &
  OutboxFields & { _id: string; phoneIndex?: string; finishedAt: string | null };

const StatisticsRowSchema = z.object({
  to: z.object({ serviceKind: ServiceKindSchema }),
  sentAt: z.string(),
  status: ReferralStatusSchema,
  outcome: ReferralOutcomeSchema.nullable(),
});

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
      await writeWithOutboxMark(this.referrals, referral.referralId, events, () =>
        this.referrals.insertOne({ _id: referral.referralId, ...stored(referral), ...initialOutbox(events) }),
      );
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
    const removeIndex = referral.phoneIndex === null ? { $unset: { phoneIndex: "" as const } } : {};
    const updated = await compareAndSet(
      this.locks,
      this.referrals,
      referral.referralId,
      { revision: expectedRevision },
      { $set: fields, ...removeIndex },
      events,
    );
    if (!updated) {
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

  async findForPerson({ phoneIndex, clientIds, erasureRequestId }: PersonLookup): Promise<Referral[]> {
    const matches: Array<Filter<ReferralDocument>> = [];
    if (phoneIndex !== null) matches.push({ phoneIndex });
    if (clientIds.length > 0) matches.push({ "sharedData.clientId": { $in: [...clientIds] } });
    if (erasureRequestId !== undefined) matches.push({ erasureRequestId });
    if (matches.length === 0) return [];
    const documents = await this.referrals.find({ $or: matches }).sort({ createdAt: 1 }).toArray();
    return documents.map(toReferral);
  }

  async findDueForAnonymisation(
    serviceKind: ServiceKind,
    finishedBefore: Date,
    limit: number,
  ): Promise<Referral[]> {
    // finishedAt is written by toISOString (one fixed format), so string order is time order.
    const documents = await this.referrals
      .find({
        "to.serviceKind": serviceKind,
        status: { $in: [...finalStatuses] },
        personalDataErasedAt: null,
        finishedAt: { $lte: finishedBefore.toISOString() },
      })
      .limit(limit)
      .toArray();
    return documents.map(toReferral);
  }

  async statisticsFacts({
    organisationId,
    sentFrom,
    sentBefore,
  }: StatisticsScope): Promise<ReferralStatisticsFact[]> {
    const filter: Filter<ReferralDocument> = {
      sentAt: {
        $ne: null,
        ...(sentFrom ? { $gte: sentFrom.toISOString() } : {}),
        ...(sentBefore ? { $lt: sentBefore.toISOString() } : {}),
      },
    };
    if (organisationId !== null) {
      filter.$or = [
        { "from.organisationId": organisationId },
        { "to.organisationId": organisationId },
        { "receiver.organisationId": organisationId },
      ];
    }
    // Only what is counted is read: no sealed data leave the database for statistics.
    const rows = await this.referrals
      .find(filter, { projection: { _id: 0, to: 1, sentAt: 1, status: 1, outcome: 1 } })
      .toArray();
    return rows.map((row) => {
      const { to, sentAt, status, outcome } = StatisticsRowSchema.parse(row);
      return { serviceKind: to.serviceKind, sentAt, status, outcome };
    });
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
 * The aggregate as a plain JSON document, with its derived `finishedAt`. The round trip
 * drops `undefined` members (the driver would store them as null); a null phone index is
 * left out (and unset on update): an erased referral carries none.
 */
function stored(referral: Referral): Omit<ReferralDocument, "_id" | keyof OutboxFields> {
  const { phoneIndex, ...rest } = JSON.parse(JSON.stringify(referral)) as Referral;
  return { ...rest, ...(phoneIndex === null ? {} : { phoneIndex }), finishedAt: finishedAtOf(referral) };
}

/** Strips storage fields and checks the stored shape (documents of older versions fail loudly). */
function toReferral(document: ReferralDocument): Referral {
  return ReferralSchema.parse(document);
}
