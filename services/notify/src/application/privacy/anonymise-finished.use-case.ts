import { type RetentionPolicy, retentionCutoffs } from "../../domain/privacy/retention";
import { eraseKeys, type KeyErasureDependencies } from "./erase-keys";

/** Keys per query; a run takes a few batches, the next run the rest. */
const BATCH = 50;
const ROUNDS_PER_RUN = 10;

/**
 * Retention (ADR 0011 § 7): the personal data of texts, replies and appointment states whose
 * appointment ended longer ago than its service kind's period are made unreadable by
 * shredding the appointment's key (booking shreds the same key at its own retention; twice
 * is fine). Texts without appointment count from their offered slot's end, replies that
 * answered nothing from their arrival.
 */
export class AnonymiseFinished {
  constructor(
    private readonly deps: KeyErasureDependencies & { policy: RetentionPolicy; clock: () => Date },
  ) {}

  /** Returns how many keys this run shredded. */
  async execute(): Promise<number> {
    const now = this.deps.clock();
    const cutoffs = retentionCutoffs(this.deps.policy, now);
    let shredded = 0;
    for (let round = 0; round < ROUNDS_PER_RUN; round++) {
      const keys = await this.deps.records.pastRetention(cutoffs, BATCH);
      if (keys.length === 0) break;
      await eraseKeys(this.deps, keys, now);
      shredded += keys.length;
    }
    return shredded;
  }
}
