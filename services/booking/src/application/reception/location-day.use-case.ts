import { CalendarDateSchema, IdSchema } from "@counselling/contracts";
import { AppError, authorizeStaff, type StaffPrincipal } from "@counselling/platform";
import { DateTime } from "luxon";
import { z } from "zod";
import type { Appointment } from "../../domain/appointment/appointment";
import { openClient } from "../personal-data/client-views";
import type { AppointmentRepository } from "../ports/appointment-repository.port";
import type { DirectoryReader } from "../ports/directory-reader.port";
import type { PersonalDataAccessRecorder, PersonalDataSealer } from "../ports/personal-data.port";

export const LocationDayInputSchema = z.object({ locationId: IdSchema, date: CalendarDateSchema });
export type LocationDayInput = z.input<typeof LocationDayInputSchema>;

export interface LocationDayEntry {
  appointmentId: string;
  startsAt: string;
  endsAt: string;
  status: string;
  /** The client answered "1" to an SMS. */
  confirmedByClient: boolean;
  channel: string;
  counsellor: { id: string; name: string };
  room: { id: string; name: string } | null;
  /** Reception greets by first name; nothing more of the client is shown here. Empty once erased. */
  clientName: string;
  /** The client's personal data were erased (on request or after the retention period). */
  personalDataErased: boolean;
  language: string;
  interpreter: { id: string; name: string; mode: string } | null;
}

export interface LocationDayDependencies {
  appointments: AppointmentRepository;
  directory: DirectoryReader;
  vault: Pick<PersonalDataSealer, "decryptOrNull">;
  accessLog: PersonalDataAccessRecorder;
}

/**
 * A location's day for reception: who comes when, to which room, in which
 * language, with which interpreter, and where each visit stands. The local
 * date is a Berlin calendar day, however long it is (23 or 25 hours at the
 * daylight-saving switches). The clients' names are opened for this answer only,
 * after the access is recorded.
 */
export class LocationDay {
  constructor(private readonly deps: LocationDayDependencies) {}

  async execute(input: LocationDayInput, staff: StaffPrincipal): Promise<LocationDayEntry[]> {
    const { locationId, date } = LocationDayInputSchema.parse(input);
    const location = this.deps.directory.location(locationId);
    if (!location) throw AppError.notFound("Location", locationId);
    authorizeStaff(staff, ["reception", "counsellor", "intake", "admin"], {
      organisationId: location.organisationId,
      locationId,
    });
    const start = DateTime.fromISO(date, { zone: location.timeZone }).startOf("day");
    const appointments = await this.deps.appointments.findAtLocation(
      locationId,
      start.toJSDate(),
      start.plus({ days: 1 }).toJSDate(),
    );
    const clientNames = await Promise.all(
      appointments.map(
        async ({ details, personalDataErasedAt }) =>
          (await openClient(this.deps.vault, details.client, personalDataErasedAt !== null))?.displayName ??
          null,
      ),
    );
    await this.deps.accessLog.record(staff, {
      action: "read",
      procedure: "reception.day",
      purpose: "run the location's day: greet and check in the clients",
      clientIds: appointments.map(({ details }) => details.client.clientId),
      recordIds: appointments.map(({ details }) => details.appointmentId),
      fields: ["name"],
    });
    const names = {
      rooms: new Map(this.deps.directory.roomsAt(locationId).map((room) => [room.id, room.name])),
      interpreters: new Map(this.deps.directory.interpreters().map((entry) => [entry.id, entry.displayName])),
    };
    return appointments.map((appointment, index) =>
      this.entryOf(appointment, clientNames[index] ?? null, names),
    );
  }

  private entryOf(
    { details, status, clientConfirmedAt }: Appointment,
    name: string | null,
    names: { rooms: Map<string, string>; interpreters: Map<string, string> },
  ): LocationDayEntry {
    const room = details.roomId ? names.rooms.get(details.roomId) : undefined;
    const interpreter = details.interpreter
      ? names.interpreters.get(details.interpreter.interpreterId)
      : undefined;
    return {
      appointmentId: details.appointmentId,
      startsAt: details.time.startsAt,
      endsAt: details.time.endsAt,
      status,
      confirmedByClient: clientConfirmedAt !== null,
      channel: details.channel,
      counsellor: {
        id: details.counsellorId,
        name: this.deps.directory.counsellor(details.counsellorId)?.displayName ?? details.counsellorId,
      },
      room: details.roomId ? { id: details.roomId, name: room ?? details.roomId } : null,
      clientName: name ?? "",
      personalDataErased: name === null,
      language: details.client.preferredLanguage,
      interpreter: details.interpreter
        ? {
            id: details.interpreter.interpreterId,
            name: interpreter ?? details.interpreter.interpreterId,
            mode: details.interpreter.mode,
          }
        : null,
    };
  }
}
