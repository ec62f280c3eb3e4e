import type { CounsellorInput } from "../../../domain/directory/counsellor";
import type { Interpreter } from "../../../domain/directory/interpreter";
import { FRI, MON, onWeekdays, THU, TUE, WED } from "../hours-on-weekdays";

export const counsellors: CounsellorInput[] = [
  {
    id: "cns-westsachsen-amira",
    organisationId: "org-westsachsen",
    displayName: "Amira H.",
    serviceIds: [
      "svc-westsachsen-mbe",
      "svc-westsachsen-asylverfahrensberatung",
      "svc-westsachsen-rueckkehrberatung",
    ],
    languages: ["de", "ar", "en"],
    locationIds: ["loc-leipzig-ost", "loc-chemnitz-zentrum"],
    // Wednesdays in Chemnitz, where asylum and return counselling are offered.
    weeklyHours: [
      {
        locationId: "loc-leipzig-ost",
        hours: [
          ...onWeekdays([MON, TUE, THU], "09:00", "12:30"),
          ...onWeekdays([MON, TUE], "13:30", "16:00"),
          ...onWeekdays([THU], "13:30", "18:30"),
        ],
      },
      {
        locationId: "loc-chemnitz-zentrum",
        hours: [...onWeekdays([WED], "08:30", "12:00"), ...onWeekdays([WED], "12:30", "15:30")],
      },
    ],
    channels: ["in_person", "phone", "video"],
  },
  {
    id: "cns-westsachsen-olena",
    organisationId: "org-westsachsen",
    displayName: "Olena K.",
    serviceIds: ["svc-westsachsen-mbe", "svc-westsachsen-jmd"],
    languages: ["de", "uk", "ru", "en"],
    locationIds: ["loc-leipzig-ost"],
    weeklyHours: [
      {
        locationId: "loc-leipzig-ost",
        hours: [
          ...onWeekdays([MON, TUE, WED, THU], "09:00", "12:30"),
          ...onWeekdays([MON, TUE, WED, THU], "13:30", "16:00"),
          ...onWeekdays([FRI], "09:00", "13:00"),
        ],
      },
    ],
    channels: ["in_person", "phone", "video"],
  },
  {
    id: "cns-westsachsen-jonas",
    organisationId: "org-westsachsen",
    displayName: "Jonas W.",
    serviceIds: ["svc-westsachsen-jmd", "svc-westsachsen-respekt-coaches"],
    languages: ["de", "en", "fr"],
    locationIds: ["loc-leipzig-ost"],
    weeklyHours: [
      {
        locationId: "loc-leipzig-ost",
        hours: [
          ...onWeekdays([TUE, WED, THU], "09:00", "12:30"),
          ...onWeekdays([TUE, WED, THU], "13:30", "16:00"),
        ],
      },
    ],
    channels: ["in_person", "video"],
  },
  {
    id: "cns-westsachsen-farid",
    organisationId: "org-westsachsen",
    displayName: "Farid N.",
    serviceIds: [
      "svc-westsachsen-mbe",
      "svc-westsachsen-asylverfahrensberatung",
      "svc-westsachsen-rueckkehrberatung",
    ],
    languages: ["de", "fa", "ps", "en"],
    locationIds: ["loc-chemnitz-zentrum"],
    weeklyHours: [
      {
        locationId: "loc-chemnitz-zentrum",
        hours: [
          ...onWeekdays([MON, TUE, THU, FRI], "08:30", "12:00"),
          ...onWeekdays([MON, TUE, THU], "12:30", "15:30"),
        ],
      },
    ],
    channels: ["in_person", "phone"],
  },
];

/** Employed by the organisation for its many Ukrainian and Russian-speaking clients. */
export const interpreters: Interpreter[] = [
  {
    id: "int-westsachsen-iryna",
    organisationId: "org-westsachsen",
    displayName: "Iryna D.",
    languages: { uk: [], ru: [] },
    modes: ["in_person", "phone"],
    locationIds: ["loc-leipzig-ost", "loc-chemnitz-zentrum"],
  },
];
