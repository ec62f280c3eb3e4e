import { procedure, router } from "@counselling/platform";

/** The notify service's tRPC API (SMS, reminders and calendar files). Its type is exported for the web app. */
export function createNotifyRouter() {
  return router({
    system: router({
      info: procedure.query(() => ({ service: "notify" as const, status: "up" as const })),
    }),
  });
}

export type NotifyRouter = ReturnType<typeof createNotifyRouter>;
