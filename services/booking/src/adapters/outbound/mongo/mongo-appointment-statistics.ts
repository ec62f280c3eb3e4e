import type { Collection } from "mongodb";
import type { AppointmentStatisticsSource } from "../../../application/ports/appointment-statistics.port";
import type { CountedAppointment } from "../../../domain/statistics/monthly-counts";
import type { AppointmentDocument } from "./mongo-appointment.repository";

/**
 * Reads only kind, start and status of appointments (a projection: no client data leave
 * the database for statistics). Counting happens in the application; the test database
 * has no reliable time-zone aware grouping.
 */
export class MongoAppointmentStatistics implements AppointmentStatisticsSource {
  constructor(private readonly appointments: Collection<AppointmentDocument>) {}

  async countable(filter: {
    organisationId: string | null;
    statuses: readonly string[];
    from?: Date;
    to?: Date;
  }): Promise<CountedAppointment[]> {
    const startsAt: Record<string, string> = {};
    if (filter.from) startsAt.$gte = filter.from.toISOString();
    if (filter.to) startsAt.$lt = filter.to.toISOString();
    const documents = await this.appointments
      .find(
        {
          status: { $in: [...filter.statuses] as AppointmentDocument["status"][] },
          ...(filter.organisationId ? { "details.organisationId": filter.organisationId } : {}),
          ...(filter.from || filter.to ? { "details.time.startsAt": startsAt } : {}),
        },
        { projection: { _id: 0, status: 1, "details.service.kind": 1, "details.time.startsAt": 1 } },
      )
      .toArray();
    return documents.map((document) => ({
      serviceKind: document.details.service.kind,
      startsAt: document.details.time.startsAt,
      status: document.status,
    }));
  }
}
