import { IdSchema } from "@counselling/contracts";
import { AppError, authorizeStaff, type StaffPrincipal } from "@counselling/platform";
import { z } from "zod";
import type { DirectoryReader } from "../ports/directory-reader.port";
import type { WaitlistRepository } from "../ports/waitlist-repository.port";

export const ListWaitlistInputSchema = z.object({ serviceId: IdSchema });

/** What reception sees of one person waiting: first name and language, never the phone number. */
export interface WaitlistRow {
  entryId: string;
  clientName: string;
  language: string;
  locationId: string | null;
  channel: string;
  status: string;
  joinedAt: string;
  offerExpiresAt: string | null;
}

/** A service's waitlist, longest-waiting first, with open offers. */
export class ListWaitlist {
  constructor(private readonly deps: { waitlist: WaitlistRepository; directory: DirectoryReader }) {}

  async execute(
    input: z.input<typeof ListWaitlistInputSchema>,
    staff: StaffPrincipal,
  ): Promise<WaitlistRow[]> {
    const { serviceId } = ListWaitlistInputSchema.parse(input);
    const service = this.deps.directory.service(serviceId);
    if (!service)
      throw new AppError("NOT_FOUND", "This service does not exist", { reason: "unknown_service" });
    authorizeStaff(staff, ["reception", "counsellor", "intake", "admin"], {
      organisationId: service.organisationId,
    });
    const entries = await this.deps.waitlist.openFor(serviceId);
    return entries.map((entry) => ({
      entryId: entry.entryId,
      clientName: entry.client.displayName,
      language: entry.client.preferredLanguage,
      locationId: entry.locationId,
      channel: entry.channel,
      status: entry.status,
      joinedAt: entry.joinedAt.toISOString(),
      offerExpiresAt: entry.offer?.expiresAt.toISOString() ?? null,
    }));
  }
}
