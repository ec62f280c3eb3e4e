import { randomUUID } from "node:crypto";
import { AppError, authorizeStaff, type StaffPrincipal } from "@counselling/platform";
import {
  calendarFeedExpired,
  calendarFeedExpiresAt,
  effectiveFeedExpiry,
} from "../../domain/calendar/calendar-feed-lifetime";
import { newCalendarToken } from "../../domain/calendar/calendar-token";
import {
  type CalendarFeedKind,
  type CalendarFeedRecord,
  type CalendarFeedStore,
} from "../ports/calendar-feed-store.port";

export interface ManageCalendarFeedsDependencies {
  feeds: CalendarFeedStore;
  clock: () => Date;
  /** The https URL of a feed token; the webcal one is derived from it. */
  feedUrl: (token: string) => string;
  /** Days a new feed works (`CALENDAR_FEED_TTL_DAYS`); also dates old feeds without `expiresAt`. */
  ttlDays: number;
}

export interface CreatedFeed {
  feedId: string;
  /** Shown once: only the token's hash is stored. */
  url: string;
  webcalUrl: string;
  expiresAt: Date;
}

/** A listed feed, with its effective end of life (null: an old feed that never expires). */
export type ListedFeed = CalendarFeedRecord & { effectiveExpiresAt: Date | null };

/**
 * Staff feeds: a counsellor subscribes to their own appointments (their staff id is their
 * counsellor id), reception and admins of the organisation to a location's. Admins may
 * revoke any feed of their organisation (someone left, a phone was lost).
 */
export class ManageCalendarFeeds {
  constructor(private readonly deps: ManageCalendarFeedsDependencies) {}

  async create(staff: StaffPrincipal, input: { kind: CalendarFeedKind; id: string }): Promise<CreatedFeed> {
    authorizeSubject(staff, input.kind, input.id, { revoking: false });
    const { token, hash } = newCalendarToken();
    const createdAt = this.deps.clock();
    const expiresAt = calendarFeedExpiresAt(createdAt, this.deps.ttlDays);
    const feed: CalendarFeedRecord = {
      _id: randomUUID(),
      tokenHash: hash,
      kind: input.kind,
      subjectId: input.id,
      // The principal's organisation scopes the feed: another organisation's location stays empty.
      organisationId: staff.organisationId,
      createdBy: staff.staffId,
      createdAt,
      expiresAt,
      revoked: 0,
      revokedAt: null,
      revokedBy: null,
    };
    await this.deps.feeds.create(feed);
    const url = this.deps.feedUrl(token);
    return { feedId: feed._id, url, webcalUrl: url.replace(/^https?:/, "webcal:"), expiresAt };
  }

  async revoke(staff: StaffPrincipal, feedId: string): Promise<void> {
    const feed = await this.deps.feeds.get(feedId);
    // Another organisation's feed looks like no feed at all.
    if (feed?.organisationId !== staff.organisationId) throw AppError.notFound("calendar feed", feedId);
    authorizeSubject(staff, feed.kind, feed.subjectId, { revoking: true });
    await this.deps.feeds.revoke(feedId, staff.staffId, this.deps.clock());
  }

  /**
   * The active feeds this person may revoke (tokens are not shown again): neither revoked
   * nor expired — an expired feed works no more than a revoked one.
   */
  async list(staff: StaffPrincipal): Promise<ListedFeed[]> {
    const { ttlDays } = this.deps;
    const now = this.deps.clock();
    const feeds = await this.deps.feeds.ofOrganisation(staff.organisationId, 500);
    return feeds
      .filter(
        (feed) =>
          feed.revoked === 0 &&
          !calendarFeedExpired(feed, ttlDays, now) &&
          mayManage(staff, feed.kind, feed.subjectId, true),
      )
      .map((feed) => ({ ...feed, effectiveExpiresAt: effectiveFeedExpiry(feed, ttlDays) }));
  }
}

function authorizeSubject(
  staff: StaffPrincipal,
  kind: CalendarFeedKind,
  subjectId: string,
  options: { revoking: boolean },
): void {
  if (kind === "location") {
    authorizeStaff(staff, ["reception", "admin"], {
      organisationId: staff.organisationId,
      locationId: subjectId,
    });
    return;
  }
  if (!mayManage(staff, kind, subjectId, options.revoking)) {
    throw new AppError("FORBIDDEN", "Only the counsellor can subscribe to their own appointments", {
      reason: "not_own_feed",
    });
  }
}

function mayManage(
  staff: StaffPrincipal,
  kind: CalendarFeedKind,
  subjectId: string,
  revoking: boolean,
): boolean {
  if (kind === "location") {
    const withinLocations = staff.locationIds.length === 0 || staff.locationIds.includes(subjectId);
    return (staff.role === "reception" || staff.role === "admin") && withinLocations;
  }
  return (staff.role === "counsellor" && staff.staffId === subjectId) || (revoking && staff.role === "admin");
}
