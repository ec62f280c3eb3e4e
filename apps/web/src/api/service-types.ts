import type { booking, notify } from "./service-clients";

/** Answers of the services, inferred from their routers (never written twice). */
type Answer<Call extends (...args: never[]) => Promise<unknown>> = Awaited<ReturnType<Call>>;

export type BookableService = Answer<typeof booking.directory.services.query>[number];
export type BookableLocation = BookableService["locations"][number];
export type Channel = BookableService["channels"][number];
export type Language = BookableService["languages"][number];
export type MultilingualText = BookableService["name"];
export type SlotOffer = Answer<typeof booking.availability.slots.query>[number];
export type BookingResult = Answer<typeof booking.appointments.book.mutate>;
export type BookedAppointment = BookingResult["appointment"];
export type LocationDayEntry = Answer<typeof booking.reception.day.query>[number];
export type AttendanceOutcome = Parameters<typeof booking.reception.recordAttendance.mutate>[0]["outcome"];
export type WaitlistEntry = Answer<typeof booking.waitlist.list.query>[number];
export type DemoAccount = Answer<typeof booking.auth.demoAccounts.query>[number];
export type DevSms = Answer<typeof notify.devInbox.list.query>[number];
