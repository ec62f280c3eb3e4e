/** Composition root of the booking service: its config and its parts, run by the shared runtime. */
import { runServiceMain } from "@counselling/platform";
import { createBookingRouter } from "./adapters/inbound/trpc/booking.router";
import { loadBookingConfig } from "./config";

runServiceMain(
  "booking",
  () => loadBookingConfig(),
  () => ({
    router: createBookingRouter(),
    outboxCollections: [],
    consumers: [],
  }),
);
