import { ChannelSchema, IdSchema } from "@counselling/contracts";
import { AppError, authorizeStaff, type StaffPrincipal, staffActorOf } from "@counselling/platform";
import { z } from "zod";
import { idempotencyScopeOf, idempotentIdFor } from "../../domain/appointment/idempotent-appointment-id";
import type { WaitlistEntry } from "../../domain/waitlist/waitlist-entry";
import { BookAppointmentInputSchema } from "../book-appointment/book-appointment.schema";
import { normalisePhone } from "../book-appointment/normalise-phone";
import { clientIdFor, sealClient } from "../personal-data/seal-client";
import type { DirectoryReader } from "../ports/directory-reader.port";
import type { BookingPersonalData, PersonalDataAccessRecorder } from "../ports/personal-data.port";
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
 * time suits. An offer goes by SMS, so a phone number with SMS consent is required. Name
 * and phone are sealed with the entry's own key; entering them is in the access log.
 */
export class JoinWaitlist {
  constructor(
    private readonly deps: {
      waitlist: WaitlistRepository;
      directory: DirectoryReader;
      clock: () => Date;
      personalData: Omit<BookingPersonalData, "fingerprints">;
      accessLog: PersonalDataAccessRecorder;
    },
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
    const phone = normalisePhone(request.client.phone);
    const actor = staffActorOf(staff);
    const entryId = idempotentIdFor("waitlist", idempotencyScopeOf(actor), request.idempotencyKey);
    const clientId = clientIdFor(entryId);
    await this.deps.accessLog.record(staff, {
      action: "change",
      procedure: "waitlist.join",
      purpose: "put the client on the waitlist",
      clientIds: [clientId],
      recordIds: [entryId],
      fields: ["name", "phone"],
    });
    const existing = await this.deps.waitlist.findById(entryId);
    if (existing) return existing;
    const { interpreterNeeded, ...client } = request.client;
    const sealed = await sealClient(this.deps.personalData, clientId, { ...client, phone });
    const entry: WaitlistEntry = {
      entryId,
      organisationId: service.organisationId,
      serviceId: service.id,
      serviceKind: service.kind,
      locationId: request.locationId,
      channel: request.channel,
      client: sealed.client,
      interpreterNeeded,
      status: "waiting",
      joinedAt: this.deps.clock(),
      joinedBy: actor,
      offer: null,
      appointmentId: null,
      closedAt: null,
      version: 1,
      phoneIndex: sealed.phoneIndex,
      personalDataErasedAt: null,
      personalDataErasedBy: null,
    };
    await this.deps.waitlist.insert(entry);
    return entry;
  }
}
