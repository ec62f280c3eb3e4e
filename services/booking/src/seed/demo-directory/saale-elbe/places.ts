import type { Location } from "../../../domain/directory/location";
import type { Organisation } from "../../../domain/directory/organisation";
import type { Room } from "../../../domain/directory/room";
import { FRI, MON, onWeekdays, THU, TUE, WED } from "../hours-on-weekdays";

export const organisation: Organisation = {
  id: "org-saale-elbe",
  name: "Diakonie Saale-Elbe (Demo)",
  federalState: "DE-ST",
  website: "https://saale-elbe.diakonie-demo.example",
};

export const locations: Location[] = [
  {
    id: "loc-halle-sued",
    organisationId: "org-saale-elbe",
    name: "Psychosoziales Zentrum und Migrationsberatung Halle",
    address: { street: "Saalgartenweg 3", postalCode: "06110", city: "Halle (Saale)" },
    federalState: "DE-ST",
    timeZone: "Europe/Berlin",
    // No lunch break: therapy sessions are spread over the whole day.
    openingHours: [
      ...onWeekdays([MON, TUE, WED, THU], "09:00", "17:00"),
      ...onWeekdays([FRI], "09:00", "14:00"),
    ],
    exceptions: [
      { date: "2026-06-17", open: false },
      { date: "2026-12-24", open: false },
      { date: "2026-12-31", open: false },
    ],
    accessibilityNotes: {
      de: "Alle Räume im Erdgeschoss, ohne Stufen. Barrierefreie Toilette. Ruhiger Warteraum mit Spielecke für Kinder.",
      en: "All rooms on the ground floor, without steps. Accessible toilet. Quiet waiting room with a play corner for children.",
      ar: "كل الغرف في الطابق الأرضي وبدون درجات. يوجد مرحاض مناسب لذوي الإعاقة. غرفة انتظار هادئة مع زاوية لعب للأطفال.",
    },
    publicTransportHint: {
      de: "Straßenbahn 2 oder 5 bis Haltestelle Saalgarten.",
      en: "Tram 2 or 5 to the stop Saalgarten.",
    },
  },
  {
    id: "loc-magdeburg-neustadt",
    organisationId: "org-saale-elbe",
    name: "Beratungsstelle Magdeburg-Neustadt",
    address: { street: "Elbuferstraße 21", postalCode: "39124", city: "Magdeburg" },
    federalState: "DE-ST",
    timeZone: "Europe/Berlin",
    // Wednesday is afternoon-only and late, for residents of shared accommodation who work or study.
    openingHours: [
      ...onWeekdays([MON, TUE, THU, FRI], "08:00", "12:00"),
      ...onWeekdays([MON, TUE, THU], "13:00", "16:00"),
      ...onWeekdays([WED], "13:00", "18:00"),
    ],
    exceptions: [
      { date: "2026-12-24", open: false },
      { date: "2026-12-31", open: false },
    ],
    accessibilityNotes: {
      de: "Eingang über den Hof ohne Stufen. Aufzug zum 1. Stock. Raum 2 hat eine Stufe an der Tür.",
      en: "Entrance through the courtyard without steps. Lift to the 1st floor. Room 2 has a step at the door.",
    },
  },
];

export const rooms: Room[] = [
  {
    id: "room-halle-therapie",
    locationId: "loc-halle-sued",
    name: "Therapieraum",
    capacity: 4,
    accessible: true,
  },
  {
    id: "room-halle-beratung",
    locationId: "loc-halle-sued",
    name: "Beratungsraum",
    capacity: 5,
    accessible: true,
  },
  {
    id: "room-magdeburg-1",
    locationId: "loc-magdeburg-neustadt",
    name: "Raum 1",
    capacity: 5,
    accessible: true,
  },
  {
    id: "room-magdeburg-2",
    locationId: "loc-magdeburg-neustadt",
    name: "Raum 2",
    capacity: 3,
    accessible: false,
  },
];
