import { authorizeDataProtectionOfficer, type StaffPrincipal } from "@counselling/platform";
import type { Appointment } from "../../domain/appointment/appointment";
import type { WaitlistEntry } from "../../domain/waitlist/waitlist-entry";
import { openClient, type OpenedClient } from "../personal-data/client-views";
import type { AppointmentRepository } from "../ports/appointment-repository.port";
import type {
  PersonalDataAccessRecorder,
  PersonalDataSealer,
  PhoneIndexing,
} from "../ports/personal-data.port";
import type { WaitlistRepository } from "../ports/waitlist-repository.port";
import { type PrivacySubjectInput, privacySubjectOf } from "./privacy-subject";

export interface ExportOwnDependencies {
  appointments: AppointmentRepository;
  waitlist: WaitlistRepository;
  vault: Pick<PersonalDataSealer, "decryptOrNull">;
  phoneIndex: PhoneIndexing;
  accessLog: PersonalDataAccessRecorder;
}

/** The person's data as the client would see them: opened, or null where erased. */
function clientPart(client: Appointment["details"]["client"], opened: OpenedClient | null) {
  return {
    clientId: client.clientId,
    name: opened?.displayName ?? null,
    phone: opened?.phone ?? null,
    preferredLanguage: client.preferredLanguage,
    smsConsent: client.smsConsent,
    serviceNameInSms: client.serviceNameInSms,
  };
}

function appointmentExport(appointment: Appointment, opened: OpenedClient | null) {
  const { details } = appointment;
  return {
    appointmentId: details.appointmentId,
    client: clientPart(details.client, opened),
    status: appointment.status,
    organisationId: details.organisationId,
    location: {
      locationId: details.location.locationId,
      name: details.location.name,
      address: details.location.address,
    },
    service: { serviceId: details.service.serviceId, kind: details.service.kind, name: details.service.name },
    counsellorId: details.counsellorId,
    channel: details.channel,
    time: details.time,
    interpreter: details.interpreter,
    roomId: details.roomId,
    groupSessionId: appointment.groupSessionId,
    referralId: details.referralId,
    bookedAt: appointment.bookedAt.toISOString(),
    /** Where the data came from: the client, staff, or the system (a waitlist offer). */
    bookedBy: appointment.bookedBy.kind,
    clientConfirmedAt: appointment.clientConfirmedAt?.toISOString() ?? null,
    holdExpiresAt: appointment.holdExpiresAt?.toISOString() ?? null,
    changes: details.sequence,
    personalDataErasedAt: appointment.personalDataErasedAt?.toISOString() ?? null,
  };
}

function waitlistExport(entry: WaitlistEntry, opened: OpenedClient | null) {
  return {
    entryId: entry.entryId,
    client: clientPart(entry.client, opened),
    status: entry.status,
    organisationId: entry.organisationId,
    serviceId: entry.serviceId,
    serviceKind: entry.serviceKind,
    locationId: entry.locationId,
    channel: entry.channel,
    interpreterNeeded: entry.interpreterNeeded,
    joinedAt: entry.joinedAt.toISOString(),
    joinedBy: entry.joinedBy.kind,
    offer: entry.offer
      ? { startsAt: entry.offer.startsAt.toISOString(), expiresAt: entry.offer.expiresAt.toISOString() }
      : null,
    appointmentId: entry.appointmentId,
    closedAt: entry.closedAt?.toISOString() ?? null,
    personalDataErasedAt: entry.personalDataErasedAt?.toISOString() ?? null,
  };
}

export type BookingExport = Awaited<ReturnType<ExportOwn["execute"]>>;

/**
 * Everything booking holds about a person (DSG-EKD § 19, GDPR Art. 15), found by phone
 * index or client ids and opened: appointments (seats in group sessions and holds
 * included) and waitlist entries. Nothing of anyone else: only the person's own records,
 * and of group sessions only the session, not the other participants. Recorded as an
 * export in the access log before it is answered.
 */
export class ExportOwn {
  constructor(private readonly deps: ExportOwnDependencies) {}

  async execute(input: PrivacySubjectInput, staff: StaffPrincipal, procedure = "privacy.exportOwn") {
    authorizeDataProtectionOfficer(staff);
    const subject = privacySubjectOf(input, this.deps.phoneIndex);
    const person = { phoneIndex: subject.phoneIndex, clientIds: subject.clientIds };
    const [appointments, entries] = await Promise.all([
      this.deps.appointments.findOfPerson(person),
      this.deps.waitlist.findOfPerson(person),
    ]);
    const open = (client: Appointment["details"]["client"], erasedAt: Date | null) =>
      openClient(this.deps.vault, client, erasedAt !== null);
    const exported = {
      service: "booking" as const,
      subject: { phoneIndex: subject.phoneIndex, clientIds: subject.clientIds },
      appointments: await Promise.all(
        appointments.map(async (appointment) =>
          appointmentExport(
            appointment,
            await open(appointment.details.client, appointment.personalDataErasedAt),
          ),
        ),
      ),
      waitlistEntries: await Promise.all(
        entries.map(async (entry) =>
          waitlistExport(entry, await open(entry.client, entry.personalDataErasedAt)),
        ),
      ),
    };
    await this.deps.accessLog.record(staff, {
      action: "export",
      procedure,
      purpose: "answer the person's request for a copy of their data",
      clientIds: [
        ...appointments.map((appointment) => appointment.details.client.clientId),
        ...entries.map((entry) => entry.client.clientId),
      ],
      recordIds: [
        ...appointments.map((appointment) => appointment.details.appointmentId),
        ...entries.map((entry) => entry.entryId),
      ],
      fields: ["name", "phone", "appointments", "waitlist"],
    });
    return exported;
  }
}
