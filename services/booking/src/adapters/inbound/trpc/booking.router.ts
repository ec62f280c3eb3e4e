import { procedure, router } from "@counselling/platform";
import { BookAppointmentInputSchema } from "../../../application/book-appointment/book-appointment.schema";
import type { BookAppointment } from "../../../application/book-appointment/book-appointment.use-case";
import { CancelByClientInputSchema } from "../../../application/cancel-appointment/cancel-appointment.schema";
import type { CancelAppointment } from "../../../application/cancel-appointment/cancel-appointment.use-case";

export interface BookingRouterDependencies {
  bookAppointment: BookAppointment;
  cancelAppointment: CancelAppointment;
}

/** The booking service's tRPC API. Its type is exported for the web app. */
export function createBookingRouter(deps: BookingRouterDependencies) {
  return router({
    system: router({
      info: procedure.query(() => ({ service: "booking" as const, status: "up" as const })),
    }),
    appointments: router({
      /** Public: a client books with a name and a phone number. */
      book: procedure
        .input(BookAppointmentInputSchema)
        .mutation(({ input }) =>
          deps.bookAppointment.execute(input, { kind: "system", component: "booking/public-web" }),
        ),
      /** Public: the client cancels with the secret of their manage link. */
      cancel: procedure.input(CancelByClientInputSchema).mutation(async ({ input }) => {
        const cancelled = await deps.cancelAppointment.byClient(input);
        return { appointment: cancelled.details, status: cancelled.status };
      }),
    }),
  });
}

export type BookingRouter = ReturnType<typeof createBookingRouter>;
