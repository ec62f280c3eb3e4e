import { z } from "zod";

export const CalendarFeedKindSchema = z.enum(["counsellor", "location"]);
export type CalendarFeedKind = z.infer<typeof CalendarFeedKindSchema>;

/**
 * A subscribable calendar of one counsellor's or one location's appointments. The URL's
 * secret is shown once; only its SHA-256 hash is kept. Revoked feeds stay for the record.
 */
export interface CalendarFeedRecord {
  /** Public id, for listing and revoking; not a secret. */
  _id: string;
  tokenHash: string;
  kind: CalendarFeedKind;
  /** The counsellor id or the location id. */
  subjectId: string;
  organisationId: string;
  createdBy: string;
  createdAt: Date;
  /**
   * When the feed's URL stops working (creation + `CALENDAR_FEED_TTL_DAYS`). Absent on
   * feeds created before it existed: see `effectiveFeedExpiry`.
   */
  expiresAt?: Date;
  /** 1 once revoked (a number: FerretDB filters those fast). */
  revoked: 0 | 1;
  revokedAt: Date | null;
  revokedBy: string | null;
}

export interface CalendarFeedStore {
  create(feed: CalendarFeedRecord): Promise<void>;
  /** The feed whose token has this hash, unless revoked. */
  activeByTokenHash(tokenHash: string): Promise<CalendarFeedRecord | null>;
  get(feedId: string): Promise<CalendarFeedRecord | null>;
  /** False when it was revoked already. */
  revoke(feedId: string, by: string, at: Date): Promise<boolean>;
  ofOrganisation(organisationId: string, limit: number): Promise<CalendarFeedRecord[]>;
}
