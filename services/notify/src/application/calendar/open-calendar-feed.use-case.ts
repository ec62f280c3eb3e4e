import { calendarFeedExpired } from "../../domain/calendar/calendar-feed-lifetime";
import { hashCalendarToken } from "../../domain/calendar/calendar-token";
import { type AppointmentStateStore } from "../ports/appointment-state.port";
import { type CalendarFeedStore } from "../ports/calendar-feed-store.port";
import { type CalendarWriter } from "../ports/calendar-writer.port";

export interface OpenCalendarFeedDependencies {
  feeds: CalendarFeedStore;
  appointments: AppointmentStateStore;
  writer: CalendarWriter;
  clock: () => Date;
  /** How far back a feed reaches; calendar apps keep what they saw before. */
  pastDays: number;
  maxEvents: number;
  /** `CALENDAR_FEED_TTL_DAYS`: dates old feeds that have no `expiresAt`. */
  ttlDays: number;
}

/**
 * A counsellor's or location's feed by its secret; null when unknown, revoked or expired
 * (the same null: the HTTP answer does not tell which). The feed
 * carries no client data (no name, phone or language, only the appointment id: ADR 0025),
 * so opening it is no access to personal data and needs no access record; the client's
 * sealed name and phone in the states are never opened here.
 */
export class OpenCalendarFeed {
  constructor(private readonly deps: OpenCalendarFeedDependencies) {}

  async execute(token: string): Promise<string | null> {
    // Looked up by the token's hash: the secret itself is never stored or compared.
    const feed = await this.deps.feeds.activeByTokenHash(hashCalendarToken(token));
    const now = this.deps.clock();
    if (!feed || calendarFeedExpired(feed, this.deps.ttlDays, now)) return null;
    const from = new Date(now.getTime() - this.deps.pastDays * 86_400_000);
    const scope = { organisationId: feed.organisationId };
    const appointments =
      feed.kind === "counsellor"
        ? await this.deps.appointments.ofCounsellor(
            { ...scope, counsellorId: feed.subjectId },
            from,
            this.deps.maxEvents,
          )
        : await this.deps.appointments.atLocation(
            { ...scope, locationId: feed.subjectId },
            from,
            this.deps.maxEvents,
          );
    return this.deps.writer.feed(feed, appointments);
  }
}
