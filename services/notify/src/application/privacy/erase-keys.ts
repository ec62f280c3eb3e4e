import { type PersonalDataCipher } from "../ports/personal-data.port";
import { type PersonalRecords } from "../ports/personal-records.port";
import { type ReminderStore } from "../ports/reminder-store.port";

export interface KeyErasureDependencies {
  records: PersonalRecords;
  reminders: ReminderStore;
  cipher: PersonalDataCipher;
}

/**
 * Crypto-shredding of some records' keys (erasure and retention alike): the keys first, so
 * nothing of them opens any more even if the rest is interrupted (a retry repeats it, every
 * step is idempotent); then the records lose their phone indexes and are marked erased, and
 * their appointments' pending reminders are switched off. Returns how many records hold them.
 */
export async function eraseKeys(
  deps: KeyErasureDependencies,
  clientIds: readonly string[],
  at: Date,
): Promise<number> {
  for (const clientId of clientIds) await deps.cipher.shred(clientId);
  const erased = await deps.records.markErased(clientIds, at);
  for (const appointmentId of erased.appointmentIds) await deps.reminders.cancelAllOf(appointmentId);
  return erased.records;
}
