import { CalendarDateSchema, IdSchema } from "@counselling/contracts";
import { AppError, authorizeStaff, type StaffPrincipal } from "@counselling/platform";
import { DateTime } from "luxon";
import { z } from "zod";
import type { AppointmentRepository } from "../ports/appointment-repository.port";
import type { DirectoryReader } from "../ports/directory-reader.port";

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
  /** Reception greets by first name; nothing more of the client is shown here. */
  clientName: string;
  language: string;
  interpreter: { id: string; name: string; mode: string } | null;
}

/**
 * A location's day for reception: who comes when, to which room, in which
 * language, with which interpreter, and where each visit stands. The local
 * date is a Berlin calendar day, however long it is (23 or 25 hours at the
 * daylight-saving switches).
 */
export class LocationDay {
  constructor(private readonly deps: { appointments: AppointmentRepository; directory: DirectoryReader }) {}

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
    const rooms = new Map(this.deps.directory.roomsAt(locationId).map((room) => [room.id, room]));
    const interpreters = new Map(this.deps.directory.interpreters().map((entry) => [entry.id, entry]));
    return appointments.map(({ details, status, clientConfirmedAt }) => {
      const room = details.roomId ? rooms.get(details.roomId) : undefined;
      const interpreter = details.interpreter
        ? interpreters.get(details.interpreter.interpreterId)
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
        room: details.roomId ? { id: details.roomId, name: room?.name ?? details.roomId } : null,
        clientName: details.client.displayName,
        language: details.client.preferredLanguage,
        interpreter: details.interpreter
          ? {
              id: details.interpreter.interpreterId,
              name: interpreter?.displayName ?? details.interpreter.interpreterId,
              mode: details.interpreter.mode,
            }
          : null,
      };
    });
  }
}
