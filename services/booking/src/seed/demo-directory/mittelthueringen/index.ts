import type { DirectoryInput } from "../../../domain/directory/directory";
import { locations, organisation, rooms } from "./places";
import { services } from "./services";
import { counsellors, interpreters } from "./staff";

/** Thuringia (DE-TH): Erfurt and Jena; MBE, integration offers, volunteering, intercultural opening. */
export const mittelthueringen: DirectoryInput = {
  organisations: [organisation],
  locations,
  services,
  counsellors,
  rooms,
  interpreters,
};
