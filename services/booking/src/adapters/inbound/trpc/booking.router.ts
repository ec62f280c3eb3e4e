import { procedure, router } from "@counselling/platform";

/** The booking service's tRPC API (directory, availability, appointments and the reception day). Its type is exported for the web app. */
export function createBookingRouter() {
  return router({
    system: router({
      info: procedure.query(() => ({ service: "booking" as const, status: "up" as const })),
    }),
  });
}

export type BookingRouter = ReturnType<typeof createBookingRouter>;
