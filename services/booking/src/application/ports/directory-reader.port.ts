import type { Counsellor } from "../../domain/directory/counsellor";
import type { Interpreter } from "../../domain/directory/interpreter";
import type { Location } from "../../domain/directory/location";
import type { Organisation } from "../../domain/directory/organisation";
import type { Room } from "../../domain/directory/room";
import type { Service } from "../../domain/directory/service";

/** Read access to the directory, as the booking use cases need it. */
export interface DirectoryReader {
  organisation(id: string): Organisation | undefined;
  location(id: string): Location | undefined;
  service(id: string): Service | undefined;
  counsellor(id: string): Counsellor | undefined;
  counsellorsOf(serviceId: string): Counsellor[];
  roomsAt(locationId: string): Room[];
  interpreters(): Interpreter[];
}
