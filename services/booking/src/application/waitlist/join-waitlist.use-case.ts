import { ChannelSchema, IdSchema } from "@counselling/contracts";
import { AppError, authorizeStaff, type StaffPrincipal, staffActorOf } from "@counselling/platform";
import { z } from "zod";
import { idempotencyScopeOf, idempotentIdFor } from "../../domain/appointment/idempotent-appointment-id";
import type { WaitlistEntry } from "../../domain/waitlist/waitlist-entry";
import { BookAppointmentInputSchema } from "../book-appointment/book-appointment.schema";
import { normalisePhone } from "../book-appointment/normalise-phone";
import type { DirectoryReader } from "../ports/directory-reader.port";
import type { WaitlistRepository } from "../ports/waitlist-repository.port";

export const JoinWaitlistInputSchema = z.object({
  idempotencyKey: BookAppointmentInputSchema.shape.idempotencyKey,
  serviceId: IdSchema,
  /** Null: any location of the service will do. */
  locationId: IdSchema.nullable().default(null),
  channel: ChannelSchema.default("in_person"),
  client: BookAppointmentInputSchema.shape.client,
});
export type JoinWaitlistInput = z.input<typeof JoinWaitlistInputSchema>;

/**
 * Reception (or a counsellor on the phone) puts a client on a service's waitlist when no
 * time suits. An offer goes by SMS, so a phone number with SMS consent is required.
 */
export class JoinWaitlist {
  constructor(
    private readonly deps: { waitlist: WaitlistRepository; directory: DirectoryReader; clock: () => Date },
  ) {}

  async execute(input: JoinWaitlistInput, staff: StaffPrincipal): Promise<WaitlistEntry> {
    const request = JoinWaitlistInputSchema.parse(input);
    const service = this.deps.directory.service(request.serviceId);
    if (!service)
      throw new AppError("NOT_FOUND", "This service does not exist", { reason: "unknown_service" });
    if (request.locationId !== null && !service.locationIds.includes(request.locationId)) {
      throw new AppError("NOT_FOUND", "This service is not offered at this place", {
        reason: "unknown_location",
      });
    }
    authorizeStaff(staff, ["reception", "counsellor", "intake", "admin"], {
      organisationId: service.organisationId,
      ...(request.locationId ? { locationId: request.locationId } : {}),
    });
    if (request.client.phone === null || !request.client.smsConsent) {
      throw new AppError(
        "VALIDATION_FAILED",
        "A waitlist offer is sent by SMS: phone number and SMS consent needed",
        {
          reason: "waitlist_needs_sms",
        },
      );
    }
    const actor = staffActorOf(staff);
    const entryId = idempotentIdFor("waitlist", idempotencyScopeOf(actor), request.idempotencyKey);
    const existing = await this.deps.waitlist.findById(entryId);
    if (existing) return existing;
    const { interpreterNeeded, serviceNameInSms, ...client } = request.client;
    const entry: WaitlistEntry = {
      entryId,
      organisationId: service.organisationId,
      serviceId: service.id,
      locationId: request.locationId,
      channel: request.channel,
      client: {
        ...client,
        clientId: `client-${entryId}`,
        phone: normalisePhone(request.client.phone),
        serviceNameInSms,
      },
      interpreterNeeded,
      status: "waiting",
      joinedAt: this.deps.clock(),
      joinedBy: actor,
      offer: null,
      appointmentId: null,
      version: 1,
    };
    await this.deps.waitlist.insert(entry);
    return entry;
  }
}
