export type { BookingRouter } from "./adapters/inbound/trpc/booking.router";
