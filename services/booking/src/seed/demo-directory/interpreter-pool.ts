import type { Interpreter } from "../../domain/directory/interpreter";

/**
 * Freelance interpreters shared by the whole network (organisationId null): rarer
 * languages that no single organisation could keep on its staff.
 */
export const interpreterPool: Interpreter[] = [
  {
    id: "int-pool-nasrin",
    organisationId: null,
    displayName: "Nasrin R.",
    languages: { fa: ["Dari"], ps: [] },
    modes: ["in_person", "phone", "video"],
    locationIds: ["loc-leipzig-ost", "loc-halle-sued"],
  },
  {
    id: "int-pool-hussein",
    organisationId: null,
    displayName: "Hussein K.",
    languages: { ar: ["Levantine", "Iraqi"], ku: ["Sorani"] },
    modes: ["in_person", "phone"],
    locationIds: ["loc-halle-sued", "loc-magdeburg-neustadt"],
  },
  {
    id: "int-pool-selam",
    organisationId: null,
    displayName: "Selam G.",
    languages: { ti: [] },
    modes: ["in_person", "phone", "video"],
    locationIds: ["loc-erfurt-mitte", "loc-jena-lobeda"],
  },
  {
    id: "int-pool-abdi",
    organisationId: null,
    displayName: "Abdi F.",
    languages: { so: [] },
    modes: ["phone", "video"],
    locationIds: [],
  },
];
