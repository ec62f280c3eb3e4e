import { WaitlistSlotOfferedV1 } from "@counselling/contracts";
import { isAppError, type Logger, newEnvelope } from "@counselling/platform";
import { newManageToken } from "../../domain/appointment/manage-token";
import { entryWants, type WaitlistEntry } from "../../domain/waitlist/waitlist-entry";
import type { BookAppointment } from "../book-appointment/book-appointment.use-case";
import type { ReleaseHold } from "../holds/release-hold.use-case";
import { openClient } from "../personal-data/client-views";
import type { PersonalDataSealer } from "../ports/personal-data.port";
import type { AppointmentRepository } from "../ports/appointment-repository.port";
import type { DirectoryReader } from "../ports/directory-reader.port";
import type { ResourceClaims } from "../ports/resource-claims.port";
import type { WaitlistRepository } from "../ports/waitlist-repository.port";

/** A slot that became free: a cancelled appointment or a lapsed offer. */
export interface FreedSlot {
  /** The appointment (or hold) that held it; its claims are dead and freed first. */
  previousOwner: string;
  serviceId: string;
  locationId: string;
  counsellorId: string;
  channel: "in_person" | "phone" | "video";
  startsAt: Date;
}

export const WAITLIST_COMPONENT = "booking/waitlist";
/** How long an offer stays open at most; a slot soon after is offered for less. */
const OFFER_MINUTES = 120;
/** Offers shorter than this are pointless: nobody can react in time. */
const SHORTEST_OFFER_MINUTES = 15;

export interface OfferFreedSlotDependencies {
  waitlist: WaitlistRepository;
  appointments: AppointmentRepository;
  claims: ResourceClaims;
  directory: DirectoryReader;
  bookAppointment: BookAppointment;
  releaseHold: ReleaseHold;
  clock: () => Date;
  logger: Logger;
  /** Base of the offer link (the web app's offer page); entry id and secret follow. */
  offerBaseUrl: string;
  vault: Pick<PersonalDataSealer, "decryptOrNull">;
}

/**
 * Offers a freed slot to the longest-waiting suitable person: the slot is held for them
 * (nobody else can book it meanwhile), and the offer with its secret link is written with
 * `waitlist.slot_offered` for notify to text. A slot taken by someone else meanwhile is
 * simply not offered. Safe to run twice for the same slot: the second hold conflicts. The
 * person's name and number are opened only to be sealed again with the hold's own key; a
 * person whose data were erased meanwhile is passed over.
 */
export class OfferFreedSlot {
  constructor(private readonly deps: OfferFreedSlotDependencies) {}

  async execute(slot: FreedSlot): Promise<WaitlistEntry | null> {
    await this.deps.claims.releaseAll(slot.previousOwner);
    const service = this.deps.directory.service(slot.serviceId);
    if (!service) return null;
    const now = this.deps.clock();
    const minutesLeft = (slot.startsAt.getTime() - now.getTime()) / 60_000 - service.minimumNoticeMinutes;
    const offerMinutes = Math.floor(Math.min(OFFER_MINUTES, minutesLeft));
    if (offerMinutes < SHORTEST_OFFER_MINUTES) return null;

    const candidates = (await this.deps.waitlist.waitingFor(slot.serviceId)).filter((entry) =>
      entryWants(entry, slot),
    );
    for (const entry of candidates) {
      const hold = await this.holdFor(entry, slot, offerMinutes);
      if (hold === "taken") return null;
      if (hold === "unsuitable") continue;
      return this.offer(entry, hold, slot.startsAt);
    }
    return null;
  }

  private async holdFor(
    entry: WaitlistEntry,
    slot: FreedSlot,
    holdForMinutes: number,
  ): Promise<{ holdId: string; expiresAt: Date } | "taken" | "unsuitable"> {
    const opened = await openClient(this.deps.vault, entry.client, entry.personalDataErasedAt !== null);
    if (!opened) return "unsuitable";
    try {
      const held = await this.deps.bookAppointment.execute(
        {
          idempotencyKey: `offer:${entry.entryId}@${slot.startsAt.toISOString()}`,
          serviceId: slot.serviceId,
          locationId: slot.locationId,
          counsellorId: slot.counsellorId,
          startsAt: slot.startsAt.toISOString(),
          channel: slot.channel,
          client: {
            displayName: opened.displayName,
            phone: opened.phone,
            preferredLanguage: entry.client.preferredLanguage,
            smsConsent: entry.client.smsConsent,
            serviceNameInSms: entry.client.serviceNameInSms,
            interpreterNeeded: entry.interpreterNeeded,
          },
          referralId: null,
        },
        { kind: "system", component: WAITLIST_COMPONENT },
        { holdForMinutes },
      );
      if (!held.holdExpiresAt) return "taken";
      return { holdId: held.appointment.appointmentId, expiresAt: new Date(held.holdExpiresAt) };
    } catch (error) {
      if (isAppError(error) && error.code === "CONFLICT" && error.reason === "slot_taken") return "taken";
      // No room or interpreter for this person at this time: the next person may fit.
      if (isAppError(error) && (error.code === "CONFLICT" || error.code === "UNPROCESSABLE"))
        return "unsuitable";
      throw error;
    }
  }

  private async offer(
    entry: WaitlistEntry,
    hold: { holdId: string; expiresAt: Date },
    startsAt: Date,
  ): Promise<WaitlistEntry> {
    const held = await this.deps.appointments.findById(hold.holdId);
    if (!held) throw new Error(`hold ${hold.holdId} vanished`);
    const token = newManageToken();
    const offered: WaitlistEntry = {
      ...entry,
      status: "offered",
      offer: { holdId: hold.holdId, startsAt, expiresAt: hold.expiresAt, tokenHash: token.hash },
    };
    const now = this.deps.clock();
    const event = newEnvelope(WaitlistSlotOfferedV1, {
      subject: entry.entryId,
      source: "booking",
      occurredAt: now,
      data: {
        waitlistEntryId: entry.entryId,
        organisationId: held.details.organisationId,
        location: held.details.location,
        service: held.details.service,
        time: held.details.time,
        client: held.details.client,
        offerExpiresAt: hold.expiresAt.toISOString(),
        offerUrl: `${this.deps.offerBaseUrl}/${entry.entryId}#${token.token}`,
      },
    });
    try {
      await this.deps.waitlist.update(offered, entry.version, [
        { topic: WaitlistSlotOfferedV1.topic, envelope: event },
      ]);
    } catch (error) {
      await this.deps.releaseHold.release(held);
      throw error;
    }
    this.deps.logger.info({ entryId: entry.entryId, holdId: hold.holdId }, "waitlist offer made");
    return { ...offered, version: entry.version + 1 };
  }
}
