import type { BookableLocation, BookableService } from "../../api/service-types";
import type { StaffSession } from "../../api/staff-session";

/** The offices a staff member works at: their own locations, or all of their organisation's. */
export function locationsOf(services: readonly BookableService[], session: StaffSession): BookableLocation[] {
  const { organisationId, locationIds } = session.principal;
  const found = new Map<string, BookableLocation>();
  for (const service of services) {
    if (service.organisation.id !== organisationId) continue;
    for (const location of service.locations) {
      if (locationIds.length === 0 || locationIds.includes(location.id)) found.set(location.id, location);
    }
  }
  return [...found.values()];
}

/** The services offered at one office (walk-in and waitlist choose among these). */
export function servicesAt(services: readonly BookableService[], locationId: string): BookableService[] {
  return services.filter((service) => service.locations.some((location) => location.id === locationId));
}
