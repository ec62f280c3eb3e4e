import type { DirectoryInput } from "../../../domain/directory/directory";
import { locations, organisation, rooms } from "./places";
import { services } from "./services";
import { counsellors } from "./staff";

/** Saxony-Anhalt (DE-ST): Halle and Magdeburg; MBE, PSZ, refugee, family reunification, social care. */
export const saaleElbe: DirectoryInput = {
  organisations: [organisation],
  locations,
  services,
  counsellors,
  rooms,
  interpreters: [],
};
