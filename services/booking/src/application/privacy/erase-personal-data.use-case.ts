import type { PrivacyErasureRequestedV1Event } from "@counselling/contracts";
import type { Logger } from "@counselling/platform";
import type { PersonalDataErasure } from "../../domain/privacy/personal-data-marks";
import { closeEntry } from "../../domain/waitlist/waitlist-entry";
import type { AppointmentRepository } from "../ports/appointment-repository.port";
import type { ErasureReceiptBook } from "../ports/erasure-receipts.port";
import type { PersonalDataSealer } from "../ports/personal-data.port";
import type { WaitlistRepository } from "../ports/waitlist-repository.port";

export interface ErasePersonalDataDependencies {
  appointments: AppointmentRepository;
  waitlist: WaitlistRepository;
  vault: Pick<PersonalDataSealer, "shred">;
  receipts: ErasureReceiptBook;
  clock: () => Date;
  logger: Logger;
}

/**
 * Booking honours an erasure request (its own or anyone's): every appointment, hold and
 * waitlist entry of the person — by phone index or client id — has its key shredded (the
 * sealed name and phone in the documents and in every event on Kafka become unreadable),
 * its phone index removed and is marked erased; someone still waiting leaves the
 * waitlist (they can't be texted any more). The records stay, so statistics don't move.
 * Then one receipt confirms it. Safe under redelivery: records this request erased
 * before are found by its id and counted again, the receipt is written once.
 */
export class ErasePersonalData {
  constructor(private readonly deps: ErasePersonalDataDependencies) {}

  async execute(request: PrivacyErasureRequestedV1Event): Promise<void> {
    const { requestId, phoneIndex, clientIds } = request.data;
    const person = { phoneIndex, clientIds, erasedBy: requestId };
    const [appointments, entries] = await Promise.all([
      this.deps.appointments.findOfPerson(person),
      this.deps.waitlist.findOfPerson(person),
    ]);
    const erasure: PersonalDataErasure = { at: this.deps.clock(), by: requestId };
    for (const entry of entries) {
      if (entry.status === "waiting") {
        await this.deps.waitlist.update(closeEntry(entry, "withdrawn", erasure.at), entry.version, []);
      }
    }
    const records = [
      ...appointments.map((appointment) => ({
        clientId: appointment.details.client.clientId,
        done: appointment.personalDataErasedBy === requestId,
        mark: () => this.deps.appointments.markPersonalDataErased(appointment.details.appointmentId, erasure),
      })),
      ...entries.map((entry) => ({
        clientId: entry.client.clientId,
        done: entry.personalDataErasedBy === requestId,
        mark: () => this.deps.waitlist.markPersonalDataErased(entry.entryId, erasure),
      })),
    ];
    for (const record of records) {
      // Shred first: a crash before the mark leaves the index, so a redelivery finds the record again.
      await this.deps.vault.shred(record.clientId);
      if (!record.done) await record.mark();
    }
    const shredded = [...new Set(records.map((record) => record.clientId))];
    await this.deps.receipts.confirm(
      request,
      { service: "booking", clientIds: shredded, recordsErased: records.length },
      erasure.at,
    );
    this.deps.logger.info({ requestId, recordsErased: records.length }, "personal data erased");
  }
}
