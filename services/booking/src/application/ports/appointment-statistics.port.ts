import type { CountedAppointment } from "../../domain/statistics/monthly-counts";

/** Appointments reduced to what statistics count: service kind, start, status; nothing of the client. */
export interface AppointmentStatisticsSource {
  countable(filter: {
    organisationId: string | null;
    statuses: readonly string[];
    from?: Date;
    to?: Date;
  }): Promise<CountedAppointment[]>;
}
