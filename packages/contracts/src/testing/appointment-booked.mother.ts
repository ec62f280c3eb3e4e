import {
  AppointmentBookedV1,
  type AppointmentBookedV1Data,
  type AppointmentBookedV1Event,
} from "../events/appointment/appointment-booked.v1";
import { type AppointmentClient } from "../events/appointment/appointment-client";
import { anEventEnvelope, type EnvelopeOverrides } from "./event-envelope.mother";

/**
 * A client who agreed to SMS in Arabic; override what the test is about. Name and phone are
 * placeholders in the sealed format, not decryptable: tests that read them seal real values
 * with a PersonalDataVault.
 */
export function anAppointmentClient(overrides: Partial<AppointmentClient> = {}): AppointmentClient {
  return {
    clientId: "client-0001",
    sealedName: "pd1:c2VhbGVkLW5hbWU",
    sealedPhone: "pd1:c2VhbGVkLXBob25l",
    preferredLanguage: "ar",
    smsConsent: true,
    serviceNameInSms: false,
    ...overrides,
  };
}

/** The payload alone, for tests of code that gets data without its envelope. */
export function anAppointmentBookedData(
  overrides: Partial<AppointmentBookedV1Data> = {},
): AppointmentBookedV1Data {
  return {
    appointmentId: "appointment-0001",
    organisationId: "organisation-halle",
    location: {
      locationId: "location-halle-mitte",
      name: "Beratungszentrum Halle-Mitte",
      address: { street: "Beispielstraße 1", postalCode: "06108", city: "Halle (Saale)" },
      federalState: "DE-ST",
    },
    service: {
      serviceId: "service-mbe-halle",
      kind: "adult_migration_counselling",
      name: "MBE Halle",
      sensitive: false,
    },
    counsellorId: "counsellor-0001",
    roomId: "room-2-01",
    interpreter: null,
    // The Monday after the switch to summer time: 10:00 in Berlin is 08:00 UTC.
    time: { startsAt: "2026-03-30T08:00:00Z", endsAt: "2026-03-30T08:45:00Z", timeZone: "Europe/Berlin" },
    channel: "in_person",
    client: anAppointmentClient(),
    referralId: null,
    sequence: 0,
    actor: {
      kind: "staff",
      staffId: "staff-reception-01",
      role: "reception",
      organisationId: "organisation-halle",
    },
    at: "2026-03-20T09:15:00Z",
    manageUrl: "https://termine.example.org/manage/appointment-0001?token=test-token-not-secret",
    ...overrides,
  };
}

export interface AppointmentBookedOverrides extends EnvelopeOverrides {
  data?: Partial<AppointmentBookedV1Data>;
}

/**
 * A valid appointment.booked v1 envelope, keyed by its appointment id. Nested parts are
 * replaced whole: `anAppointmentBookedEvent({ data: { client: anAppointmentClient({ phone: null, smsConsent: false }) } })`.
 */
export function anAppointmentBookedEvent(
  overrides: AppointmentBookedOverrides = {},
): AppointmentBookedV1Event {
  const { data: dataOverrides, ...envelopeOverrides } = overrides;
  const data = anAppointmentBookedData(dataOverrides);
  return anEventEnvelope(AppointmentBookedV1, data, data.appointmentId, {
    source: "booking",
    ...envelopeOverrides,
  });
}
