import type { Logger } from "@counselling/platform";
import { RETENTION_ERASURE } from "../../domain/privacy/personal-data-marks";
import { retentionCutoffsAt, type RetentionPolicy } from "../../domain/retention/retention-policy";
import type { AppointmentRepository } from "../ports/appointment-repository.port";
import type { PersonalDataSealer } from "../ports/personal-data.port";
import type { RetentionSweep } from "../ports/retention-sweep";
import type { WaitlistRepository } from "../ports/waitlist-repository.port";

export interface AnonymiseFinishedDependencies {
  appointments: AppointmentRepository;
  waitlist: WaitlistRepository;
  vault: Pick<PersonalDataSealer, "shred">;
  policy: RetentionPolicy;
  clock: () => Date;
  logger: Logger;
  /** Records per query; a run goes on until a query returns fewer (at most MAX_BATCHES; the next run goes on). */
  batchSize?: number;
}

const MAX_BATCHES = 50;

/** One kind of record the job anonymises. */
interface Sweepable {
  find: (sweep: RetentionSweep) => Promise<Array<{ id: string; clientId: string }>>;
  mark: (id: string, erasure: { at: Date; by: string }) => Promise<void>;
}

/**
 * Retention (ADR 0011 § 7): personal data of appointments that finished (completed,
 * no-show, cancelled; released holds) and of waitlist entries that closed longer ago
 * than their service kind's retention are anonymised — key shredded, phone index
 * removed, marked — while the records stay for statistics. Run by a leased periodic job;
 * safe to run twice (anonymised records are not found again).
 */
export class AnonymiseFinished {
  private readonly batchSize: number;

  constructor(private readonly deps: AnonymiseFinishedDependencies) {
    this.batchSize = deps.batchSize ?? 100;
  }

  async execute(): Promise<{ appointments: number; waitlistEntries: number }> {
    const now = this.deps.clock();
    const cutoffs = retentionCutoffsAt(this.deps.policy, now);
    const erasure = { at: now, by: RETENTION_ERASURE };
    const appointments: Sweepable = {
      find: async (sweep) =>
        (await this.deps.appointments.findDueForRetention(sweep)).map((appointment) => ({
          id: appointment.details.appointmentId,
          clientId: appointment.details.client.clientId,
        })),
      mark: (id, marked) => this.deps.appointments.markPersonalDataErased(id, marked),
    };
    const waitlistEntries: Sweepable = {
      find: async (sweep) =>
        (await this.deps.waitlist.findDueForRetention(sweep)).map((entry) => ({
          id: entry.entryId,
          clientId: entry.client.clientId,
        })),
      mark: (id, marked) => this.deps.waitlist.markPersonalDataErased(id, marked),
    };
    const counts = { appointments: 0, waitlistEntries: 0 };
    for (const cutoff of cutoffs) {
      counts.appointments += await this.sweep(appointments, { ...cutoff, limit: this.batchSize }, erasure);
      counts.waitlistEntries += await this.sweep(
        waitlistEntries,
        { ...cutoff, limit: this.batchSize },
        erasure,
      );
    }
    if (counts.appointments + counts.waitlistEntries > 0) {
      this.deps.logger.info(counts, "personal data of finished records anonymised");
    }
    return counts;
  }

  private async sweep(records: Sweepable, sweep: RetentionSweep, erasure: { at: Date; by: string }) {
    let anonymised = 0;
    for (let batch = 0; batch < MAX_BATCHES; batch++) {
      const due = await records.find(sweep);
      for (const record of due) {
        // Shred first: a crash before the mark leaves the record due, so the next run shreds again.
        await this.deps.vault.shred(record.clientId);
        await records.mark(record.id, erasure);
      }
      anonymised += due.length;
      if (due.length < sweep.limit) break;
    }
    return anonymised;
  }
}
