import type { DirectoryReader } from "../../../application/ports/directory-reader.port";
import type { Directory } from "../../../domain/directory/directory";

/**
 * The directory held in memory, indexed by id: it is small (hundreds of
 * entries for the whole network) and read on every availability query.
 */
export class InMemoryDirectoryReader implements DirectoryReader {
  private readonly byId: {
    [K in keyof Directory]: Map<string, Directory[K][number]>;
  };

  constructor(private readonly directory: Directory) {
    this.byId = {
      organisations: new Map(directory.organisations.map((entry) => [entry.id, entry])),
      locations: new Map(directory.locations.map((entry) => [entry.id, entry])),
      services: new Map(directory.services.map((entry) => [entry.id, entry])),
      counsellors: new Map(directory.counsellors.map((entry) => [entry.id, entry])),
      rooms: new Map(directory.rooms.map((entry) => [entry.id, entry])),
      interpreters: new Map(directory.interpreters.map((entry) => [entry.id, entry])),
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
