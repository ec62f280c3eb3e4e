import type { DirectoryReader } from "../../../application/ports/directory-reader.port";
import type { Directory } from "../../../domain/directory/directory";

/**
 * The directory held in memory, indexed by id: it is small (hundreds of
 * entries for the whole network) and read on every availability query.
 */
export class InMemoryDirectoryReader implements DirectoryReader {
  private readonly byId;

  constructor(private readonly directory: Directory) {
    this.byId = {
      organisations: indexById(directory.organisations),
      locations: indexById(directory.locations),
      services: indexById(directory.services),
      counsellors: indexById(directory.counsellors),
    };
  }

  organisation(id: string) {
    return this.byId.organisations.get(id);
  }
  location(id: string) {
    return this.byId.locations.get(id);
  }
  service(id: string) {
    return this.byId.services.get(id);
  }
  counsellor(id: string) {
    return this.byId.counsellors.get(id);
  }
  counsellorsOf(serviceId: string) {
    return this.directory.counsellors.filter((counsellor) => counsellor.serviceIds.includes(serviceId));
  }
  roomsAt(locationId: string) {
    return this.directory.rooms.filter((room) => room.locationId === locationId);
  }
  interpreters() {
    return this.directory.interpreters;
  }
}

function indexById<T extends { id: string }>(entries: T[]): Map<string, T> {
  return new Map(entries.map((entry) => [entry.id, entry]));
}
