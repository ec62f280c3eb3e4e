import { IdSchema } from "@counselling/contracts";
import { z } from "zod";
import type { AppointmentRepository } from "../ports/appointment-repository.port";
import type { DirectoryReader } from "../ports/directory-reader.port";
import { findByManageLink, type ManageLinkCheck } from "./find-by-manage-link";

export const ViewByManageLinkInputSchema = z.object({
  appointmentId: IdSchema,
  manageToken: z.string().min(20).max(200),
});
export type ViewByManageLinkInput = z.input<typeof ViewByManageLinkInputSchema>;

/**
 * What the client's manage page shows: their appointment as it stands, from the secret in
 * the link. Only what the client already knows from booking it — no staff data beyond the
 * counsellor's display name, no phone number.
 */
export class ViewByManageLink {
  constructor(
    private readonly deps: ManageLinkCheck & {
      appointments: AppointmentRepository;
      directory: DirectoryReader;
    },
  ) {}

  async execute(input: ViewByManageLinkInput) {
    const { appointmentId, manageToken } = ViewByManageLinkInputSchema.parse(input);
    const { details, status } = await findByManageLink(this.deps, appointmentId, manageToken);
    return {
      appointmentId,
      status,
      time: details.time,
      channel: details.channel,
      location: details.location,
      service: {
        serviceId: details.service.serviceId,
        kind: details.service.kind,
        name: details.service.name,
      },
      counsellor: {
        id: details.counsellorId,
        name: this.deps.directory.counsellor(details.counsellorId)?.displayName ?? null,
      },
      interpreter: details.interpreter
        ? { language: details.interpreter.language, mode: details.interpreter.mode }
        : null,
      preferredLanguage: details.client.preferredLanguage,
    };
  }
}
