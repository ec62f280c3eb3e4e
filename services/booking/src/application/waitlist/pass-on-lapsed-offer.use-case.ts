import type { AppointmentDetails } from "@counselling/contracts";
import type { Appointment } from "../../domain/appointment/appointment";
import { closeEntry } from "../../domain/waitlist/waitlist-entry";
import type { WaitlistRepository } from "../ports/waitlist-repository.port";
import { type FreedSlot, type OfferFreedSlot, WAITLIST_COMPONENT } from "./offer-freed-slot.use-case";

/**
 * A waitlist offer's hold was released (it ran out, or the person left the list): the
 * person whose offer lapsed leaves the queue, and the slot goes to the next one waiting.
 * Called after the expiry job released a hold; holds not made by the waitlist are ignored.
 */
export class PassOnLapsedOffer {
  constructor(private readonly deps: { waitlist: WaitlistRepository; offerFreedSlot: OfferFreedSlot }) {}

  async execute(releasedHold: Appointment): Promise<void> {
    const placedBy = releasedHold.bookedBy;
    if (placedBy.kind !== "system" || placedBy.component !== WAITLIST_COMPONENT) return;
    const entryId = /^offer:([^@]+)@/.exec(releasedHold.idempotencyKey)?.[1];
    const entry = entryId ? await this.deps.waitlist.findById(entryId) : null;
    if (entry?.status === "offered" && entry.offer?.holdId === releasedHold.details.appointmentId) {
      // Retention counts from when the offer ran out.
      const lapsedAt = releasedHold.holdExpiresAt ?? entry.offer.expiresAt;
      await this.deps.waitlist.update(closeEntry(entry, "lapsed", lapsedAt), entry.version, []);
    }
    await this.deps.offerFreedSlot.execute(freedSlotOf(releasedHold.details));
  }
}

/** The slot an appointment (or hold) held, as the waitlist offers it once it is free. */
export function freedSlotOf(details: AppointmentDetails): FreedSlot {
  return {
    previousOwner: details.appointmentId,
    serviceId: details.service.serviceId,
    locationId: details.location.locationId,
    counsellorId: details.counsellorId,
    channel: details.channel,
    startsAt: new Date(details.time.startsAt),
  };
}
