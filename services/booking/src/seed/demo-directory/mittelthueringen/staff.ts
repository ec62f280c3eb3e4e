import type { CounsellorInput } from "../../../domain/directory/counsellor";
import type { Interpreter } from "../../../domain/directory/interpreter";
import { FRI, MON, onWeekdays, THU, TUE, WED } from "../hours-on-weekdays";

export const counsellors: CounsellorInput[] = [
  {
    id: "cns-mittelthueringen-hodan",
    organisationId: "org-mittelthueringen",
    displayName: "Hodan M.",
    serviceIds: ["svc-mittelthueringen-mbe", "svc-mittelthueringen-integration"],
    languages: ["de", "so", "ar", "en"],
    locationIds: ["loc-erfurt-mitte"],
    weeklyHours: [
      {
        locationId: "loc-erfurt-mitte",
        hours: [
          ...onWeekdays([MON, TUE, WED, THU, FRI], "09:00", "12:00"),
          ...onWeekdays([TUE], "13:00", "16:00"),
          ...onWeekdays([THU], "13:00", "18:30"),
        ],
      },
    ],
    channels: ["in_person", "phone", "video"],
  },
  {
    id: "cns-mittelthueringen-kerem",
    organisationId: "org-mittelthueringen",
    displayName: "Kerem Y.",
    serviceIds: ["svc-mittelthueringen-mbe", "svc-mittelthueringen-ehrenamt"],
    languages: ["de", "tr", "ku", "en"],
    locationIds: ["loc-erfurt-mitte", "loc-jena-lobeda"],
    // Erfurt on Monday and Friday; Jena on the days the branch office is open.
    weeklyHours: [
      { locationId: "loc-erfurt-mitte", hours: onWeekdays([MON, FRI], "09:00", "12:00") },
      {
        locationId: "loc-jena-lobeda",
        hours: [
          ...onWeekdays([TUE, THU], "09:00", "12:00"),
          ...onWeekdays([TUE, THU], "13:00", "16:00"),
          ...onWeekdays([WED], "10:00", "13:00"),
        ],
      },
    ],
    channels: ["in_person", "phone", "video"],
  },
  {
    id: "cns-mittelthueringen-anna",
    organisationId: "org-mittelthueringen",
    displayName: "Anna L.",
    serviceIds: [
      "svc-mittelthueringen-integration",
      "svc-mittelthueringen-ehrenamt",
      "svc-mittelthueringen-interkulturelle-oeffnung",
    ],
    languages: ["de", "en", "fr"],
    locationIds: ["loc-erfurt-mitte", "loc-jena-lobeda"],
    weeklyHours: [
      {
        locationId: "loc-erfurt-mitte",
        hours: [...onWeekdays([MON, TUE], "09:00", "12:00"), ...onWeekdays([TUE], "13:00", "16:00")],
      },
      {
        locationId: "loc-jena-lobeda",
        hours: [...onWeekdays([THU], "09:00", "12:00"), ...onWeekdays([THU], "13:00", "16:00")],
      },
    ],
    channels: ["in_person", "phone", "video"],
  },
];

export const interpreters: Interpreter[] = [
  {
    id: "int-mittelthueringen-rami",
    organisationId: "org-mittelthueringen",
    displayName: "Rami S.",
    languages: { ar: ["Levantine"] },
    modes: ["in_person", "video"],
    locationIds: ["loc-erfurt-mitte", "loc-jena-lobeda"],
  },
];
