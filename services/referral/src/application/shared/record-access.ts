import { AppError, type StaffPrincipal } from "@counselling/platform";
import type {
  PersonalDataAccessEntry,
  PersonalDataAccessLogPort,
} from "../ports/personal-data-access-log.port";

/**
 * Records a staff access to personal data before it happens (a read before the data are
 * returned, a change before it is written): no access without its record. When the log
 * can't be written the request fails with 503 and may be retried.
 */
export async function recordAccess(
  log: PersonalDataAccessLogPort,
  staff: StaffPrincipal,
  access: PersonalDataAccessEntry,
): Promise<void> {
  try {
    await log.record(staff, access);
  } catch (cause) {
    throw new AppError("UNAVAILABLE", "The access to personal data could not be recorded; please try again", {
      reason: "access_log_unavailable",
      cause,
    });
  }
}
