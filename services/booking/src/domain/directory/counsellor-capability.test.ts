import { locationsWhereCounsellorDelivers } from "./counsellor-capability";
import { CounsellorSchema } from "./counsellor";
import { aCounsellor, aService } from "./directory.mother";
import { ServiceSchema } from "./service";

const service = ServiceSchema.parse(aService({ locationIds: ["loc-a", "loc-b"], channels: ["in_person"] }));
const monday = [{ weekday: 1, start: "09:00", end: "12:00" }];

describe("locationsWhereCounsellorDelivers", () => {
  it("is the service's locations where the counsellor has hours", () => {
    const counsellor = CounsellorSchema.parse(
      aCounsellor({
        serviceIds: ["svc-test"],
        locationIds: ["loc-a", "loc-c"],
        weeklyHours: [
          { locationId: "loc-a", hours: monday },
          { locationId: "loc-c", hours: [{ weekday: 2, start: "09:00", end: "12:00" }] },
        ],
      }),
    );
    expect(locationsWhereCounsellorDelivers(counsellor, service)).toEqual(["loc-a"]);
  });

  it("is empty without the service, without hours, or without a shared channel", () => {
    const base = { locationIds: ["loc-a"], weeklyHours: [{ locationId: "loc-a", hours: monday }] };
    const cases = [
      aCounsellor({ ...base, serviceIds: [] }),
      aCounsellor({ ...base, weeklyHours: [{ locationId: "loc-a", hours: [] }] }),
      aCounsellor({ ...base, channels: ["phone"] }),
    ];
    for (const counsellor of cases) {
      expect(locationsWhereCounsellorDelivers(CounsellorSchema.parse(counsellor), service)).toEqual([]);
    }
  });
});
