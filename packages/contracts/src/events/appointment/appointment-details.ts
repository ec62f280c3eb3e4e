import { z } from "zod";
import { ChannelSchema } from "../../shared/channel";
import { FederalStateSchema } from "../../shared/federal-state";
import { IdSchema } from "../../shared/id";
import { LanguageSchema } from "../../shared/language";
import { ServiceKindSchema } from "../../shared/service-kind";
import { AppointmentClientSchema } from "./appointment-client";
import { AppointmentTimeSchema } from "./appointment-time";

export const AppointmentLocationSchema = z.object({
  locationId: IdSchema,
  name: z.string().min(1),
  address: z.object({
    street: z.string().min(1).describe("Street and house number."),
    postalCode: z.string().regex(/^\d{5}$/),
    city: z.string().min(1),
  }),
  federalState: FederalStateSchema.describe("Decides public holidays for reminders and deadlines."),
});

export const AppointmentServiceSchema = z.object({
  serviceId: IdSchema,
  kind: ServiceKindSchema,
  name: z.string().min(1).describe("Display name, only shown when the message may name the service."),
  sensitive: z
    .boolean()
    .describe("The service's own setting, defaulted from its kind: SMS must not name it (shared phones)."),
});

export const AppointmentInterpreterSchema = z.object({
  interpreterId: IdSchema,
  language: LanguageSchema,
  dialect: z.string().min(1).nullable(),
  mode: ChannelSchema.describe(
    "The interpreter may join by phone or video even when the client comes in person.",
  ),
});

/**
 * iCalendar SEQUENCE (RFC 5545): 0 when booked, raised by booking on every change a
 * calendar copy must follow (time, place, cancellation), so a client's calendar replaces
 * the old entry. Events that change nothing in the calendar repeat the current value.
 */
export const CalendarSequenceSchema = z.number().int().nonnegative();

/**
 * The appointment as it stands after the fact, carried whole by every appointment event
 * (event-carried state transfer): notify and referral never have to ask booking, and a
 * consumer that only keeps the latest state per appointment can replay the topic.
 */
export const AppointmentDetailsSchema = z.object({
  appointmentId: IdSchema.describe("Also the iCalendar UID and the Kafka key."),
  organisationId: IdSchema,
  location: AppointmentLocationSchema,
  service: AppointmentServiceSchema,
  counsellorId: IdSchema,
  roomId: IdSchema.nullable().describe("Null for phone and video appointments."),
  interpreter: AppointmentInterpreterSchema.nullable(),
  time: AppointmentTimeSchema,
  channel: ChannelSchema,
  client: AppointmentClientSchema,
  referralId: IdSchema.nullable().describe("Set when the appointment fulfils a referral."),
  sequence: CalendarSequenceSchema,
});

export type AppointmentDetails = z.infer<typeof AppointmentDetailsSchema>;
