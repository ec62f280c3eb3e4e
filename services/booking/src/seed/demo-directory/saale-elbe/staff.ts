import type { CounsellorInput } from "../../../domain/directory/counsellor";
import { FRI, MON, onWeekdays, THU, TUE, WED } from "../hours-on-weekdays";

export const counsellors: CounsellorInput[] = [
  {
    id: "cns-saale-elbe-dilan",
    organisationId: "org-saale-elbe",
    displayName: "Dilan A.",
    serviceIds: [
      "svc-saale-elbe-psz",
      "svc-saale-elbe-familiennachzug",
      "svc-saale-elbe-gefluechtetenberatung",
    ],
    languages: ["de", "ku", "tr", "ar", "en"],
    locationIds: ["loc-halle-sued", "loc-magdeburg-neustadt"],
    // Halle early in the week, Magdeburg from Thursday: never both on one day.
    weeklyHours: [
      { locationId: "loc-halle-sued", hours: onWeekdays([MON, TUE, WED], "09:00", "17:00") },
      {
        locationId: "loc-magdeburg-neustadt",
        hours: [...onWeekdays([THU, FRI], "08:00", "12:00"), ...onWeekdays([THU], "13:00", "16:00")],
      },
    ],
    channels: ["in_person", "phone", "video"],
  },
  {
    id: "cns-saale-elbe-mareike",
    organisationId: "org-saale-elbe",
    displayName: "Mareike S.",
    serviceIds: ["svc-saale-elbe-psz"],
    languages: ["de", "en"],
    locationIds: ["loc-halle-sued"],
    weeklyHours: [
      {
        locationId: "loc-halle-sued",
        hours: [
          ...onWeekdays([MON, TUE, WED, THU], "09:00", "12:00"),
          ...onWeekdays([MON, TUE, WED, THU], "13:00", "17:00"),
          ...onWeekdays([FRI], "09:00", "13:00"),
        ],
      },
    ],
    channels: ["in_person", "video"],
  },
  {
    id: "cns-saale-elbe-yonas",
    organisationId: "org-saale-elbe",
    displayName: "Yonas T.",
    serviceIds: ["svc-saale-elbe-gefluechtetenberatung", "svc-saale-elbe-sozialbetreuung"],
    languages: ["de", "ti", "en"],
    locationIds: ["loc-magdeburg-neustadt"],
    weeklyHours: [
      {
        locationId: "loc-magdeburg-neustadt",
        hours: [
          ...onWeekdays([MON, TUE, THU], "08:00", "12:00"),
          ...onWeekdays([MON, TUE, THU], "13:00", "16:00"),
          ...onWeekdays([WED], "13:00", "18:00"),
        ],
      },
    ],
    channels: ["in_person", "phone"],
  },
  {
    id: "cns-saale-elbe-tatjana",
    organisationId: "org-saale-elbe",
    displayName: "Tatjana B.",
    serviceIds: ["svc-saale-elbe-mbe", "svc-saale-elbe-familiennachzug"],
    languages: ["de", "ru", "uk"],
    locationIds: ["loc-halle-sued", "loc-magdeburg-neustadt"],
    weeklyHours: [
      { locationId: "loc-halle-sued", hours: onWeekdays([MON, TUE], "09:00", "17:00") },
      {
        locationId: "loc-magdeburg-neustadt",
        hours: [
          ...onWeekdays([WED], "13:00", "18:00"),
          ...onWeekdays([THU], "08:00", "12:00"),
          ...onWeekdays([THU], "13:00", "16:00"),
        ],
      },
    ],
    channels: ["in_person", "phone", "video"],
  },
];
