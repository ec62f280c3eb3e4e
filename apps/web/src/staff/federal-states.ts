import type { FederalState } from "../api/service-types";

/**
 * The Länder by their German names: proper names, as on letters from the offices, so
 * they are shown as they are in every language of the staff pages (marked lang="de").
 */
export const federalStateNames = {
  "DE-BW": "Baden-Württemberg",
  "DE-BY": "Bayern",
  "DE-BE": "Berlin",
  "DE-BB": "Brandenburg",
  "DE-HB": "Bremen",
  "DE-HH": "Hamburg",
  "DE-HE": "Hessen",
  "DE-MV": "Mecklenburg-Vorpommern",
  "DE-NI": "Niedersachsen",
  "DE-NW": "Nordrhein-Westfalen",
  "DE-RP": "Rheinland-Pfalz",
  "DE-SL": "Saarland",
  "DE-SN": "Sachsen",
  "DE-ST": "Sachsen-Anhalt",
  "DE-SH": "Schleswig-Holstein",
  "DE-TH": "Thüringen",
} as const satisfies Record<FederalState, string>;

export const federalStates = Object.keys(federalStateNames) as FederalState[];

export function isFederalState(value: string): value is FederalState {
  return value in federalStateNames;
}
