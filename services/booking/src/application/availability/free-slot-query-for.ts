import type { BusyInterval, FreeSlotQueryInput } from "../../domain/availability";
import type { Counsellor } from "../../domain/directory/counsellor";
import type { Location } from "../../domain/directory/location";
import type { Service } from "../../domain/directory/service";

/** The availability question for one counsellor of one service at one location, from the directory. */
export function freeSlotQueryFor(
  { service, location, counsellor }: { service: Service; location: Location; counsellor: Counsellor },
  window: { now: Date; from: Date; to: Date },
  busy: BusyInterval[] = [],
): FreeSlotQueryInput {
  const hoursHere = counsellor.weeklyHours.find((entry) => entry.locationId === location.id);
  return {
    now: window.now.toISOString(),
    from: window.from.toISOString(),
    to: window.to.toISOString(),
    timeZone: location.timeZone,
    federalState: location.federalState,
    locationHours: location.openingHours,
    locationExceptions: location.exceptions,
    counsellorHours: hoursHere?.hours ?? [],
    counsellorExceptions: hoursHere?.exceptions ?? [],
    absences: counsellor.absences,
    busy,
    rules: {
      durationMinutes: service.defaultDurationMinutes,
      bufferBeforeMinutes: service.bufferBeforeMinutes,
      bufferAfterMinutes: service.bufferAfterMinutes,
      minimumNoticeMinutes: service.minimumNoticeMinutes,
      horizonDays: service.horizonDays,
      slotStepMinutes: service.slotStepMinutes,
    },
  };
}
