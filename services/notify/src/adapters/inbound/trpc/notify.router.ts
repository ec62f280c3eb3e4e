import { IdSchema } from "@counselling/contracts";
import { createStaffProcedure, procedure, router, type StaffTokens } from "@counselling/platform";
import { z } from "zod";
import { type ManageCalendarFeeds } from "../../../application/calendar/manage-calendar-feeds.use-case";
import { type ListCallbackRequests } from "../../../application/reception/list-callback-requests.use-case";
import { type ListFailedDeliveries } from "../../../application/reception/list-failed-deliveries.use-case";
import { type MongoDevInboxSender } from "../../outbound/dev-inbox/mongo-dev-inbox.sender";
import { createFeedsRouter } from "./feeds.router";
import { createPrivacyRouter, type PrivacyRouterDependencies } from "./privacy.router";

export interface NotifyRouterDependencies extends PrivacyRouterDependencies {
  staffTokens: StaffTokens;
  callbackRequests: ListCallbackRequests;
  failedDeliveries: ListFailedDeliveries;
  feeds: ManageCalendarFeeds;
  /** Present only when SMS go to the dev inbox. */
  devInbox: MongoDevInboxSender | null;
}

const LocationScopeSchema = z.object({
  organisationId: IdSchema,
  locationId: IdSchema,
  limit: z.number().int().min(1).max(200).default(50),
});

/** What the dev inbox shows for a text whose personal data were erased. */
const ERASED = "[erased]";

/** The notify service's tRPC API (SMS, reminders and calendar files). Its type is exported for the web app. */
export function createNotifyRouter(deps: NotifyRouterDependencies) {
  const staffProcedure = createStaffProcedure(deps.staffTokens);
  return router({
    system: router({
      info: procedure.query(() => ({ service: "notify" as const, status: "up" as const })),
    }),
    reception: router({
      /** Reception: clients who answered "3, call me back", newest first (an audited read). */
      callbackRequests: staffProcedure.input(LocationScopeSchema).query(async ({ input, ctx }) => {
        const requests = await deps.callbackRequests.execute(ctx.staff, input);
        return requests.map((request) => ({ ...request, receivedAt: request.receivedAt.toISOString() }));
      }),
      /** Reception: texts that could not be delivered, so someone calls the client instead (an audited read). */
      failedDeliveries: staffProcedure.input(LocationScopeSchema).query(async ({ input, ctx }) => {
        const failed = await deps.failedDeliveries.execute(ctx.staff, input);
        return failed.map((message) => ({ ...message, at: message.at.toISOString() }));
      }),
    }),
    feeds: createFeedsRouter(staffProcedure, deps.feeds),
    privacy: createPrivacyRouter(staffProcedure, deps),
    devInbox: router({
      /**
       * Development only: the texts the dev inbox "sent", newest first, opened (no staff, no
       * audit: it exists only without Twilio, on demo data). Erased ones say so.
       */
      list: procedure.query(async () => {
        if (!deps.devInbox) return [];
        const messages = await deps.devInbox.list(200);
        return messages.map((message) => ({
          messageId: message.messageId,
          to: message.to ?? ERASED,
          body: message.body ?? ERASED,
          erased: message.to === null || message.body === null,
          language: message.language,
          receivedAt: message.receivedAt.toISOString(),
          handedOver: message.handedOver,
        }));
      }),
    }),
  });
}

export type NotifyRouter = ReturnType<typeof createNotifyRouter>;
