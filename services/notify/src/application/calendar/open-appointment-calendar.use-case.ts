import { matchesCalendarToken } from "../../domain/calendar/calendar-token";
import { type AppointmentStateStore } from "../ports/appointment-state.port";
import { type CalendarWriter } from "../ports/calendar-writer.port";

/**
 * The client's .ics behind the link in their SMS. Null for an unknown appointment and
 * for a missing or wrong token alike, so the answer never tells whether it exists. Once the
 * client's personal data are erased, their links open nothing any more.
 */
export class OpenAppointmentCalendar {
  constructor(private readonly deps: { appointments: AppointmentStateStore; writer: CalendarWriter }) {}

  async execute(appointmentId: string, token: string | null): Promise<string | null> {
    if (!token) return null;
    const state = await this.deps.appointments.get(appointmentId);
    if (!state || state.personalDataErasedAt || !matchesCalendarToken(token, state.calendarTokenHashes))
      return null;
    return this.deps.writer.appointmentFile(state);
  }
}
