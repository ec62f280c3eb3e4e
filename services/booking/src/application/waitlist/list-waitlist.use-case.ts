import { IdSchema } from "@counselling/contracts";
import { AppError, authorizeStaff, type StaffPrincipal } from "@counselling/platform";
import { z } from "zod";
import { openClient } from "../personal-data/client-views";
import type { DirectoryReader } from "../ports/directory-reader.port";
import type { PersonalDataAccessRecorder, PersonalDataSealer } from "../ports/personal-data.port";
import type { WaitlistRepository } from "../ports/waitlist-repository.port";

export const ListWaitlistInputSchema = z.object({ serviceId: IdSchema });

/** What reception sees of one person waiting: first name and language, never the phone number. */
export interface WaitlistRow {
  entryId: string;
  /** Empty once erased. */
  clientName: string;
  personalDataErased: boolean;
  language: string;
  locationId: string | null;
  channel: string;
  status: string;
  joinedAt: string;
  offerExpiresAt: string | null;
}

/** A service's waitlist, longest-waiting first, with open offers; names opened after the access is recorded. */
export class ListWaitlist {
  constructor(
    private readonly deps: {
      waitlist: WaitlistRepository;
      directory: DirectoryReader;
      vault: Pick<PersonalDataSealer, "decryptOrNull">;
      accessLog: PersonalDataAccessRecorder;
    },
  ) {}

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
    const names = await Promise.all(
      entries.map(
        async (entry) =>
          (await openClient(this.deps.vault, entry.client, entry.personalDataErasedAt !== null))
            ?.displayName ?? null,
      ),
    );
    await this.deps.accessLog.record(staff, {
      action: "read",
      procedure: "waitlist.list",
      purpose: "see who is waiting for the service",
      clientIds: entries.map((entry) => entry.client.clientId),
      recordIds: entries.map((entry) => entry.entryId),
      fields: ["name"],
    });
    return entries.map((entry, index) => ({
      entryId: entry.entryId,
      clientName: names[index] ?? "",
      personalDataErased: (names[index] ?? null) === null,
      language: entry.client.preferredLanguage,
      locationId: entry.locationId,
      channel: entry.channel,
      status: entry.status,
      joinedAt: entry.joinedAt.toISOString(),
      offerExpiresAt: entry.offer?.expiresAt.toISOString() ?? null,
    }));
  }
}
