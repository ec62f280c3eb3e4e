import { IdSchema } from "@counselling/contracts";
import { AppError, isAppError } from "@counselling/platform";
import { z } from "zod";
import { manageTokenMatches } from "../../domain/appointment/manage-token";
import { closeEntry, type WaitlistEntry } from "../../domain/waitlist/waitlist-entry";
import type { ConfirmHold } from "../holds/confirm-hold.use-case";
import type { AppointmentView, AppointmentViews } from "../personal-data/client-views";
import type { AppointmentRepository } from "../ports/appointment-repository.port";
import type { WaitlistRepository } from "../ports/waitlist-repository.port";

export const AcceptWaitlistOfferInputSchema = z.object({
  entryId: IdSchema,
  offerToken: z.string().min(20).max(200),
});
export type AcceptWaitlistOfferInput = z.input<typeof AcceptWaitlistOfferInputSchema>;

/**
 * The client takes the offered slot with the secret from the offer SMS: the hold becomes
 * their appointment (with its own manage link and confirmation SMS). Taking it twice
 * answers with the same appointment; an offer that ran out is gone.
 */
export class AcceptWaitlistOffer {
  constructor(
    private readonly deps: {
      waitlist: WaitlistRepository;
      appointments: AppointmentRepository;
      confirmHold: ConfirmHold;
      views: AppointmentViews;
      clock: () => Date;
    },
  ) {}

  async execute(
    input: AcceptWaitlistOfferInput,
  ): Promise<{ appointment: AppointmentView; manageToken: string | null }> {
    const { entryId, offerToken } = AcceptWaitlistOfferInputSchema.parse(input);
    const entry = await this.deps.waitlist.findById(entryId);
    if (!entry?.offer || !manageTokenMatches(offerToken, entry.offer.tokenHash)) {
      throw new AppError("FORBIDDEN", "This link is not valid", { reason: "offer_link_invalid" });
    }
    const held = await this.deps.appointments.findById(entry.offer.holdId);
    if (!held) throw new AppError("GONE", "This offer has expired", { reason: "offer_expired" });
    if (entry.status === "booked" || held.status === "booked") {
      await this.markBooked(entry, held.details.appointmentId);
      return { appointment: await this.deps.views.of(held), manageToken: null };
    }
    if (entry.status !== "offered")
      throw new AppError("GONE", "This offer has expired", { reason: "offer_expired" });
    try {
      const confirmed = await this.deps.confirmHold.confirm(held, {
        kind: "client",
        clientId: held.details.client.clientId,
      });
      await this.markBooked(entry, held.details.appointmentId);
      return confirmed;
    } catch (error) {
      if (isAppError(error) && error.code === "GONE") {
        throw new AppError("GONE", "This offer has expired", { reason: "offer_expired" });
      }
      throw error;
    }
  }

  private async markBooked(entry: WaitlistEntry, appointmentId: string): Promise<void> {
    if (entry.status === "booked") return;
    await this.deps.waitlist.update(
      closeEntry(entry, "booked", this.deps.clock(), { appointmentId }),
      entry.version,
      [],
    );
  }
}
