import type { Location } from "../../../domain/directory/location";
import type { Organisation } from "../../../domain/directory/organisation";
import type { Room } from "../../../domain/directory/room";
import { FRI, MON, onWeekdays, THU, TUE, WED } from "../hours-on-weekdays";

export const organisation: Organisation = {
  id: "org-westsachsen",
  name: "Diakonisches Werk Westsachsen (Demo)",
  federalState: "DE-SN",
  website: "https://westsachsen.diakonie-demo.example",
};

export const locations: Location[] = [
  {
    id: "loc-leipzig-ost",
    organisationId: "org-westsachsen",
    name: "Migrationszentrum Leipzig-Ost",
    address: { street: "Lindenhofstraße 14", postalCode: "04315", city: "Leipzig" },
    federalState: "DE-SN",
    timeZone: "Europe/Berlin",
    // Lunch break every day; long Thursday for people who work; short Friday.
    openingHours: [
      ...onWeekdays([MON, TUE, WED, THU], "09:00", "12:30"),
      ...onWeekdays([MON, TUE, WED], "13:30", "16:00"),
      ...onWeekdays([THU], "13:30", "18:30"),
      ...onWeekdays([FRI], "09:00", "13:00"),
    ],
    exceptions: [
      { date: "2026-12-24", open: false },
      { date: "2026-12-31", open: false },
      { date: "2026-05-15", open: false },
    ],
    accessibilityNotes: {
      de: "Eingang ohne Stufen. Aufzug bis in den 2. Stock. Beratungsraum 2 nur über die Treppe. Barrierefreie Toilette im Erdgeschoss.",
      en: "Entrance without steps. Lift to the 2nd floor. Counselling room 2 only by stairs. Accessible toilet on the ground floor.",
    },
    publicTransportHint: {
      de: "Straßenbahn 3 oder 8 bis Haltestelle Lindenhofplatz, dann 2 Minuten zu Fuß.",
      en: "Tram 3 or 8 to the stop Lindenhofplatz, then a 2-minute walk.",
      ar: "الترام 3 أو 8 حتى محطة Lindenhofplatz، ثم دقيقتان مشياً.",
      uk: "Трамвай 3 або 8 до зупинки Lindenhofplatz, потім 2 хвилини пішки.",
    },
  },
  {
    id: "loc-chemnitz-zentrum",
    organisationId: "org-westsachsen",
    name: "Beratungshaus Chemnitz",
    address: { street: "Webergasse 5", postalCode: "09111", city: "Chemnitz" },
    federalState: "DE-SN",
    timeZone: "Europe/Berlin",
    // Early start and a short lunch break; closed on Friday afternoons.
    openingHours: [
      ...onWeekdays([MON, TUE, WED, THU, FRI], "08:30", "12:00"),
      ...onWeekdays([MON, TUE, WED, THU], "12:30", "15:30"),
    ],
    exceptions: [
      { date: "2026-12-24", open: false },
      { date: "2026-12-31", open: false },
    ],
    accessibilityNotes: {
      de: "Altbau mit drei Stufen am Eingang. Eine Rampe liegt bereit, bitte klingeln. Raum 1 ist im Erdgeschoss. Keine barrierefreie Toilette.",
      en: "Old building with three steps at the entrance. A ramp is available, please ring the bell. Room 1 is on the ground floor. No accessible toilet.",
    },
    publicTransportHint: {
      de: "Bus 21 bis Haltestelle Webergasse. Vom Hauptbahnhof 10 Minuten zu Fuß.",
      en: "Bus 21 to the stop Webergasse. A 10-minute walk from the main station.",
    },
  },
];

export const rooms: Room[] = [
  {
    id: "room-leipzig-ost-1",
    locationId: "loc-leipzig-ost",
    name: "Beratungsraum 1",
    capacity: 4,
    accessible: true,
  },
  {
    id: "room-leipzig-ost-2",
    locationId: "loc-leipzig-ost",
    name: "Beratungsraum 2",
    capacity: 3,
    accessible: false,
  },
  {
    id: "room-leipzig-ost-gruppenraum",
    locationId: "loc-leipzig-ost",
    name: "Gruppenraum",
    capacity: 30,
    accessible: true,
  },
  {
    id: "room-chemnitz-1",
    locationId: "loc-chemnitz-zentrum",
    name: "Raum 1",
    capacity: 4,
    accessible: true,
  },
  {
    id: "room-chemnitz-2",
    locationId: "loc-chemnitz-zentrum",
    name: "Raum 2",
    capacity: 3,
    accessible: false,
  },
];
