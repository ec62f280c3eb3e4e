import type { Location } from "../../../domain/directory/location";
import type { Organisation } from "../../../domain/directory/organisation";
import type { Room } from "../../../domain/directory/room";
import { FRI, MON, onWeekdays, THU, TUE, WED } from "../hours-on-weekdays";

export const organisation: Organisation = {
  id: "org-mittelthueringen",
  name: "Diakonisches Werk Mittelthüringen (Demo)",
  federalState: "DE-TH",
  website: "https://mittelthueringen.diakonie-demo.example",
};

export const locations: Location[] = [
  {
    id: "loc-erfurt-mitte",
    organisationId: "org-mittelthueringen",
    name: "Haus der Begegnung Erfurt",
    address: { street: "Krämergasse 9", postalCode: "99084", city: "Erfurt" },
    federalState: "DE-TH",
    timeZone: "Europe/Berlin",
    // Mornings every day; afternoons on Tuesday and a long Thursday.
    openingHours: [
      ...onWeekdays([MON, TUE, WED, THU, FRI], "09:00", "12:00"),
      ...onWeekdays([TUE], "13:00", "16:00"),
      ...onWeekdays([THU], "13:00", "18:30"),
    ],
    exceptions: [
      // Open Saturday during the Intercultural Week (late September).
      { date: "2026-09-26", open: true, intervals: [{ start: "10:00", end: "14:00" }] },
      { date: "2026-12-24", open: false },
      { date: "2026-12-31", open: false },
    ],
    accessibilityNotes: {
      de: "Eingang ohne Stufen. Seminarraum und Beratungsraum im Erdgeschoss. Induktive Höranlage im Seminarraum.",
      en: "Entrance without steps. Seminar room and counselling room on the ground floor. Hearing loop in the seminar room.",
    },
    publicTransportHint: {
      de: "Straßenbahn 3, 4 oder 6 bis Haltestelle Fischmarkt, dann 3 Minuten zu Fuß.",
      en: "Tram 3, 4 or 6 to the stop Fischmarkt, then a 3-minute walk.",
      ar: "الترام 3 أو 4 أو 6 حتى محطة Fischmarkt، ثم 3 دقائق مشياً.",
      tr: "3, 4 veya 6 numaralı tramvayla Fischmarkt durağına, sonra 3 dakika yürüyün.",
    },
  },
  {
    // A small branch office, staffed Tuesday to Thursday.
    id: "loc-jena-lobeda",
    organisationId: "org-mittelthueringen",
    name: "Beratungsbüro Jena-Lobeda",
    address: { street: "Am Lobdeburgpark 4", postalCode: "07747", city: "Jena" },
    federalState: "DE-TH",
    timeZone: "Europe/Berlin",
    openingHours: [
      ...onWeekdays([TUE, THU], "09:00", "12:00"),
      ...onWeekdays([TUE, THU], "13:00", "16:00"),
      ...onWeekdays([WED], "10:00", "13:00"),
    ],
    exceptions: [{ date: "2026-12-24", open: false }],
    accessibilityNotes: {
      de: "Im Erdgeschoss eines Wohnhauses, eine flache Schwelle an der Tür. Keine barrierefreie Toilette.",
      en: "On the ground floor of a residential building, a low threshold at the door. No accessible toilet.",
    },
    publicTransportHint: {
      de: "Straßenbahn 1 oder 4 bis Haltestelle Lobeda-West.",
      en: "Tram 1 or 4 to the stop Lobeda-West.",
    },
  },
];

export const rooms: Room[] = [
  {
    id: "room-erfurt-beratung",
    locationId: "loc-erfurt-mitte",
    name: "Beratungsraum",
    capacity: 4,
    accessible: true,
  },
  {
    id: "room-erfurt-seminar",
    locationId: "loc-erfurt-mitte",
    name: "Seminarraum",
    capacity: 16,
    accessible: true,
  },
  { id: "room-jena-1", locationId: "loc-jena-lobeda", name: "Büro 1", capacity: 3, accessible: true },
];
