const DAY_MS = 24 * 60 * 60 * 1000;

/** When a new staff calendar feed stops working: its creation plus `CALENDAR_FEED_TTL_DAYS` (issue 7). */
export function calendarFeedExpiresAt(createdAt: Date, ttlDays: number): Date {
  return new Date(createdAt.getTime() + ttlDays * DAY_MS);
}

/**
 * A feed's end of life. Feeds created before issue 7 have no `expiresAt`: they count as
 * created-at + TTL, so old subscriptions lapse like new ones instead of living forever
 * (a year-old feed stops at the first deploy with the default TTL; staff create a new
 * one). Every feed ever written has a `createdAt`; a document without one (hand-made,
 * restored from elsewhere) is treated as not expiring (null) rather than given a guessed
 * date — it can still be revoked, and `feeds.list` shows it with `expiresAt: null`.
 */
export function effectiveFeedExpiry(
  feed: { createdAt?: Date | null; expiresAt?: Date | null },
  ttlDays: number,
): Date | null {
  if (feed.expiresAt) return feed.expiresAt;
  if (feed.createdAt) return calendarFeedExpiresAt(feed.createdAt, ttlDays);
  return null;
}

/** Whether the feed is past its life at `now` (the expiry instant itself is already past). */
export function calendarFeedExpired(
  feed: { createdAt?: Date | null; expiresAt?: Date | null },
  ttlDays: number,
  now: Date,
): boolean {
  const expiresAt = effectiveFeedExpiry(feed, ttlDays);
  return expiresAt !== null && now.getTime() >= expiresAt.getTime();
}
