import type { Counsellor } from "./counsellor";
import type { LocationId } from "./directory-id";
import type { Service } from "./service";

/**
 * The locations where this counsellor can actually deliver this service: they offer it,
 * the service runs there, and they have working hours there. Empty means no slot of
 * this service can ever be offered with this counsellor.
 */
export function locationsWhereCounsellorDelivers(counsellor: Counsellor, service: Service): LocationId[] {
  if (!counsellor.serviceIds.includes(service.id)) return [];
  if (!counsellor.channels.some((channel) => service.channels.includes(channel))) return [];
  return counsellor.weeklyHours
    .filter((entry) => entry.hours.length > 0 && service.locationIds.includes(entry.locationId))
    .map((entry) => entry.locationId);
}
