import { IdSchema } from "@counselling/contracts";
import {
  AppError,
  authorizeStaff,
  createStaffProcedure,
  procedure,
  router,
  type StaffPrincipal,
  type StaffTokens,
} from "@counselling/platform";
import { z } from "zod";
import { type MessageStore } from "../../../application/ports/message-store.port";
import { type ManageCalendarFeeds } from "../../../application/calendar/manage-calendar-feeds.use-case";
import { type ReplyStore } from "../../../application/ports/reply-store.port";
import { type AppointmentStateStore } from "../../../application/ports/appointment-state.port";
import { type MongoDevInboxSender } from "../../outbound/dev-inbox/mongo-dev-inbox.sender";
import { createFeedsRouter } from "./feeds.router";

export interface NotifyRouterDependencies {
  staffTokens: StaffTokens;
  messages: MessageStore;
  replies: ReplyStore;
  appointments: Pick<AppointmentStateStore, "organisationOfLocation">;
  feeds: ManageCalendarFeeds;
  /** Present only when SMS go to the dev inbox. */
  devInbox: MongoDevInboxSender | null;
}

const LocationScopeSchema = z.object({
  organisationId: IdSchema,
  locationId: IdSchema,
  limit: z.number().int().min(1).max(200).default(50),
});

/** The notify service's tRPC API (SMS, reminders and calendar files). Its type is exported for the web app. */
export function createNotifyRouter(deps: NotifyRouterDependencies) {
  const staffProcedure = createStaffProcedure(deps.staffTokens);
  /**
   * The location must belong to the caller's organisation: the stores filter by location
   * only, and the organisation in the input is the caller's word, not a fact.
   * True when notify holds data for this location at all.
   */
  const authorizeLocation = async (staff: StaffPrincipal, scope: z.infer<typeof LocationScopeSchema>) => {
    authorizeStaff(staff, ["reception", "admin"], scope);
    const owner = await deps.appointments.organisationOfLocation(scope.locationId);
    if (owner !== null && owner !== staff.organisationId) {
      throw new AppError("FORBIDDEN", "This is outside your organisation or location", {
        reason: "out_of_scope",
      });
    }
    return owner !== null;
  };
  return router({
    system: router({
      info: procedure.query(() => ({ service: "notify" as const, status: "up" as const })),
    }),
    reception: router({
      /** Reception: clients who answered "3, call me back", newest first. */
      callbackRequests: staffProcedure.input(LocationScopeSchema).query(async ({ input, ctx }) => {
        if (!(await authorizeLocation(ctx.staff, input))) return [];
        const replies = await deps.replies.callbackRequestsAt(input.locationId, input.limit);
        return replies.map((reply) => ({
          replyId: reply._id,
          phone: reply.from,
          appointmentId: reply.appointmentId,
          receivedAt: reply.receivedAt.toISOString(),
        }));
      }),
      /** Reception: texts that could not be delivered, so someone calls the client instead. */
      failedDeliveries: staffProcedure.input(LocationScopeSchema).query(async ({ input, ctx }) => {
        if (!(await authorizeLocation(ctx.staff, input))) return [];
        const failed = await deps.messages.failedAt(input.locationId, input.limit);
        return failed.map((message) => ({
          messageId: message._id,
          template: message.template,
          appointmentId: message.appointmentId,
          phone: message.to,
          status: message.deliveryStatus,
          errorCode: message.errorCode,
          at: message.updatedAt.toISOString(),
        }));
      }),
    }),
    feeds: createFeedsRouter(staffProcedure, deps.feeds),
    devInbox: router({
      /** Development only: the texts the dev inbox "sent", newest first. */
      list: procedure.query(async () => {
        if (!deps.devInbox) return [];
        const messages = await deps.devInbox.list(200);
        return messages.map((message) => ({
          messageId: message._id,
          to: message.to,
          body: message.body,
          language: message.language,
          receivedAt: message.receivedAt.toISOString(),
          handedOver: message.handedOver,
        }));
      }),
    }),
  });
}

export type NotifyRouter = ReturnType<typeof createNotifyRouter>;
