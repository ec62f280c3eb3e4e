import type { DirectoryInput } from "../../../domain/directory/directory";
import { locations, organisation, rooms } from "./places";
import { services } from "./services";
import { counsellors, interpreters } from "./staff";

/** Saxony (DE-SN): Leipzig and Chemnitz; MBE, JMD, Respekt Coaches, asylum and return counselling. */
export const westsachsen: DirectoryInput = {
  organisations: [organisation],
  locations,
  services,
  counsellors,
  rooms,
  interpreters,
};
