import type { Language } from "@counselling/contracts";
import type { Directory } from "../../domain/directory/directory";
import { interpretsFor } from "../../domain/directory/interpreter";
import type { Location } from "../../domain/directory/location";
import type { Organisation } from "../../domain/directory/organisation";
import type { Service } from "../../domain/directory/service";

/**
 * What a client needs to pick a service, and nothing of the staff: no counsellor names
 * (a counsellor's name comes with a free slot, when the client is about to book) and
 * no internal flags beyond `sensitive`, which the booking form needs to ask whether an SMS
 * may name the service.
 * Staff at sensitive services (therapy, asylum, return) are not listed in public.
 */
export interface BookableServiceSummary {
  id: string;
  kind: Service["kind"];
  name: Service["name"];
  description: Service["description"];
  /** Languages a counsellor of the service speaks. */
  languages: Language[];
  /** Further languages possible with an interpreter (the free-slot query says when). */
  interpreterLanguages: Language[];
  channels: Service["channels"];
  durationMinutes: number;
  /** Seats of a group session; null: one client at a time. */
  groupCapacity: number | null;
  /** Texts about it are discreet unless the client agrees otherwise: the booking form asks them. */
  sensitive: boolean;
  /** Working days the service takes at most to accept or decline a referral (referral reads it). */
  referralAcceptWithinWorkingDays: number;
  organisation: Pick<Organisation, "id" | "name" | "website">;
  locations: BookableLocationSummary[];
}

export interface BookableLocationSummary {
  id: string;
  name: string;
  address: Location["address"];
  /** Whose public holidays count (referral deadlines, reminders). */
  federalState: Location["federalState"];
  openingHours: Location["openingHours"];
  accessibilityNotes: Location["accessibilityNotes"];
  publicTransportHint: Location["publicTransportHint"];
  /** A room usable with a wheelchair exists here. */
  hasAccessibleRoom: boolean;
}

/** Every service of the directory as a client sees it, in the directory's order. */
export function bookableServiceSummaries(directory: Directory): BookableServiceSummary[] {
  const organisations = new Map(directory.organisations.map((entry) => [entry.id, entry]));
  const locations = new Map(directory.locations.map((entry) => [entry.id, entry]));
  return directory.services.flatMap((service) => {
    const organisation = organisations.get(service.organisationId);
    if (!organisation) return [];
    return [
      {
        id: service.id,
        kind: service.kind,
        name: service.name,
        description: service.description,
        languages: service.languages,
        interpreterLanguages: interpreterLanguagesFor(service, directory),
        channels: service.channels,
        durationMinutes: service.defaultDurationMinutes,
        groupCapacity: service.groupCapacity,
        sensitive: service.sensitive,
        referralAcceptWithinWorkingDays: service.referralAcceptWithinWorkingDays,
        organisation: { id: organisation.id, name: organisation.name, website: organisation.website },
        locations: service.locationIds.flatMap((locationId) => {
          const location = locations.get(locationId);
          return location ? [locationSummary(location, directory)] : [];
        }),
      },
    ];
  });
}

function locationSummary(location: Location, directory: Directory): BookableLocationSummary {
  return {
    id: location.id,
    name: location.name,
    address: location.address,
    federalState: location.federalState,
    openingHours: location.openingHours,
    accessibilityNotes: location.accessibilityNotes,
    publicTransportHint: location.publicTransportHint,
    hasAccessibleRoom: directory.rooms.some((room) => room.locationId === location.id && room.accessible),
  };
}

/** Languages an interpreter allowed for the service's organisation covers, in one of its channels. */
function interpreterLanguagesFor(service: Service, directory: Directory): Language[] {
  const covered = new Set<Language>();
  for (const interpreter of directory.interpreters) {
    if (!interpreter.modes.some((mode) => service.channels.includes(mode))) continue;
    for (const language of Object.keys(interpreter.languages) as Language[]) {
      if (interpretsFor(interpreter, language, service.organisationId)) covered.add(language);
    }
  }
  return [...covered].filter((language) => !service.languages.includes(language)).sort();
}
