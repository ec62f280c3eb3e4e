import { IdSchema } from "@counselling/contracts";
import { type createStaffProcedure, router } from "@counselling/platform";
import { z } from "zod";
import { type ManageCalendarFeeds } from "../../../application/calendar/manage-calendar-feeds.use-case";
import { CalendarFeedKindSchema } from "../../../application/ports/calendar-feed-store.port";

const CreateFeedInputSchema = z.object({ kind: CalendarFeedKindSchema, id: IdSchema });
const RevokeFeedInputSchema = z.object({ feedId: IdSchema });

/** Staff calendar feeds: create (the URL is shown once), list, revoke. */
export function createFeedsRouter(
  staffProcedure: ReturnType<typeof createStaffProcedure>,
  feeds: ManageCalendarFeeds,
) {
  return router({
    create: staffProcedure.input(CreateFeedInputSchema).mutation(async ({ input, ctx }) => {
      const created = await feeds.create(ctx.staff, input);
      return { ...created, expiresAt: created.expiresAt.toISOString() };
    }),
    list: staffProcedure.query(async ({ ctx }) => {
      const active = await feeds.list(ctx.staff);
      return active.map((feed) => ({
        feedId: feed._id,
        kind: feed.kind,
        id: feed.subjectId,
        createdBy: feed.createdBy,
        createdAt: feed.createdAt.toISOString(),
        /** null only for a feed from before feeds expired that has no creation date either. */
        expiresAt: feed.effectiveExpiresAt?.toISOString() ?? null,
      }));
    }),
    revoke: staffProcedure.input(RevokeFeedInputSchema).mutation(async ({ input, ctx }) => {
      await feeds.revoke(ctx.staff, input.feedId);
      return { revoked: true as const };
    }),
  });
}
