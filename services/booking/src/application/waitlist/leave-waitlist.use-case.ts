import { IdSchema } from "@counselling/contracts";
import { AppError, authorizeStaff, type StaffPrincipal } from "@counselling/platform";
import { z } from "zod";
import { closeEntry, type WaitlistEntry } from "../../domain/waitlist/waitlist-entry";
import type { ReleaseHold } from "../holds/release-hold.use-case";
import type { PassOnLapsedOffer } from "./pass-on-lapsed-offer.use-case";
import type { AppointmentRepository } from "../ports/appointment-repository.port";
import type { PersonalDataAccessRecorder } from "../ports/personal-data.port";
import type { WaitlistRepository } from "../ports/waitlist-repository.port";

export const LeaveWaitlistInputSchema = z.object({ entryId: IdSchema });

/** Staff take someone off the waitlist (found a time, no longer needed); an open offer passes to the next person. */
export class LeaveWaitlist {
  constructor(
    private readonly deps: {
      waitlist: WaitlistRepository;
      appointments: AppointmentRepository;
      releaseHold: ReleaseHold;
      passOnLapsedOffer: PassOnLapsedOffer;
      clock: () => Date;
      accessLog: PersonalDataAccessRecorder;
    },
  ) {}

  async execute(
    input: z.input<typeof LeaveWaitlistInputSchema>,
    staff: StaffPrincipal,
  ): Promise<WaitlistEntry> {
    const { entryId } = LeaveWaitlistInputSchema.parse(input);
    const entry = await this.deps.waitlist.findById(entryId);
    if (!entry) throw AppError.notFound("Waitlist entry", entryId);
    authorizeStaff(staff, ["reception", "counsellor", "intake", "admin"], {
      organisationId: entry.organisationId,
    });
    if (entry.status !== "waiting" && entry.status !== "offered") {
      throw new AppError("PRECONDITION_FAILED", `This entry is already ${entry.status}`, {
        reason: `waitlist_${entry.status}`,
      });
    }
    await this.deps.accessLog.record(staff, {
      action: "change",
      procedure: "waitlist.leave",
      purpose: "take the client off the waitlist",
      clientIds: [entry.client.clientId],
      recordIds: [entryId],
      fields: ["waitlist entry"],
    });
    const withdrawn = closeEntry(entry, "withdrawn", this.deps.clock());
    await this.deps.waitlist.update(withdrawn, entry.version, []);
    const held = entry.offer ? await this.deps.appointments.findById(entry.offer.holdId) : null;
    if (held?.status === "held") {
      await this.deps.passOnLapsedOffer.execute(await this.deps.releaseHold.release(held));
    }
    return { ...withdrawn, version: entry.version + 1 };
  }
}
