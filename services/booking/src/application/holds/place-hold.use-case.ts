import { AppError, authorizeStaff, type StaffPrincipal, staffActorOf } from "@counselling/platform";
import { appointmentIdFor, idempotencyScopeOf } from "../../domain/appointment/idempotent-appointment-id";
import type { BookAppointment, BookAppointmentResult } from "../book-appointment/book-appointment.use-case";
import { clientIdFor, fieldsOf } from "../personal-data/seal-client";
import type { DirectoryReader } from "../ports/directory-reader.port";
import type { PersonalDataAccessRecorder } from "../ports/personal-data.port";
import { type PlaceHoldInput, PlaceHoldInputSchema } from "./place-hold.schema";
import { assertReferralGrantFits, type ReferralGrantVerifier } from "./referral-grant-check";

/**
 * Reserves a slot without booking it: counsellor, room and interpreter are claimed exactly
 * as for a booking (so nobody else gets the time), but no event is published and no
 * client is told. Staff of the service's organisation may hold; staff of another
 * organisation only for a referral (the warm handover across organisations), and only
 * with the referral service's grant for it (ADR 33): naming a referral id is not enough,
 * booking cannot tell whether it exists. The client's name and phone go into the hold:
 * recorded in the access log first.
 */
export class PlaceHold {
  constructor(
    private readonly deps: {
      bookAppointment: BookAppointment;
      directory: DirectoryReader;
      accessLog: PersonalDataAccessRecorder;
      referralGrants: ReferralGrantVerifier;
    },
  ) {}

  /** `referralGrant`: the raw `x-referral-grant` of the request; needed across organisations only. */
  async execute(
    input: PlaceHoldInput,
    staff: StaffPrincipal,
    referralGrant: string | null = null,
  ): Promise<BookAppointmentResult> {
    const { holdForMinutes, ...request } = PlaceHoldInputSchema.parse(input);
    const service = this.deps.directory.service(request.serviceId);
    if (!service)
      throw new AppError("NOT_FOUND", "This service does not exist", { reason: "unknown_service" });
    const ownOrganisation = staff.organisationId === service.organisationId;
    if (ownOrganisation) {
      authorizeStaff(staff, ["counsellor", "intake", "reception", "admin"], {
        organisationId: service.organisationId,
        locationId: request.locationId,
      });
    } else {
      if (request.referralId === null) {
        throw new AppError("FORBIDDEN", "Holds at another organisation are only for referrals", {
          reason: "hold_needs_referral",
        });
      }
      authorizeStaff(staff, ["counsellor", "intake"], { organisationId: staff.organisationId });
      await assertReferralGrantFits(this.deps.referralGrants, referralGrant, {
        referralId: request.referralId,
        staff,
        service,
        location: this.deps.directory.location(request.locationId),
      });
    }
    const actor = staffActorOf(staff);
    const appointmentId = appointmentIdFor(idempotencyScopeOf(actor), request.idempotencyKey);
    await this.deps.accessLog.record(staff, {
      action: "change",
      procedure: "holds.place",
      purpose: "hold a time for the client (warm handover)",
      clientIds: [clientIdFor(appointmentId)],
      recordIds: [appointmentId],
      fields: fieldsOf(request.client),
    });
    return this.deps.bookAppointment.execute(request, actor, { holdForMinutes });
  }
}
