import { isAppError, type Logger } from "@counselling/platform";
import type { Appointment } from "../../domain/appointment/appointment";
import type { AppointmentRepository } from "../ports/appointment-repository.port";
import type { ReleaseHold } from "./release-hold.use-case";

/**
 * Releases holds whose time is up, so that a warm handover nobody accepted gives the slot
 * back by itself. Runs as a periodic job on one replica; a hold confirmed at the same
 * moment wins its compare-and-set and is skipped here.
 */
export class ExpireHolds {
  constructor(
    private readonly deps: {
      appointments: AppointmentRepository;
      releaseHold: ReleaseHold;
      clock: () => Date;
      logger: Logger;
      /** What else must happen once a hold let its time go (a waitlist offer passes to the next person). */
      afterRelease?: (released: Appointment) => Promise<void>;
    },
  ) {}

  async execute(limit = 500): Promise<number> {
    const due = await this.deps.appointments.findHoldsExpiredBy(this.deps.clock(), limit);
    let released = 0;
    for (const hold of due) {
      try {
        const lapsed = await this.deps.releaseHold.release(hold);
        released++;
        await this.deps.afterRelease?.(lapsed);
      } catch (error) {
        if (isAppError(error) && error.code === "CONFLICT") continue; // confirmed meanwhile
        throw error;
      }
    }
    if (released > 0) this.deps.logger.info({ released }, "expired holds released");
    return released;
  }
}
