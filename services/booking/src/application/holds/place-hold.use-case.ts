import { AppError, authorizeStaff, type StaffPrincipal, staffActorOf } from "@counselling/platform";
import type { BookAppointment, BookAppointmentResult } from "../book-appointment/book-appointment.use-case";
import type { DirectoryReader } from "../ports/directory-reader.port";
import { type PlaceHoldInput, PlaceHoldInputSchema } from "./place-hold.schema";

/**
 * Reserves a slot without booking it: counsellor, room and interpreter are claimed exactly
 * as for a booking (so nobody else gets the time), but no event is published and no
 * client is told. Staff of the service's organisation may hold; staff of another
 * organisation only for a referral (the warm handover across organisations).
 */
export class PlaceHold {
  constructor(private readonly deps: { bookAppointment: BookAppointment; directory: DirectoryReader }) {}

  async execute(input: PlaceHoldInput, staff: StaffPrincipal): Promise<BookAppointmentResult> {
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
    }
    return this.deps.bookAppointment.execute(request, staffActorOf(staff), { holdForMinutes });
  }
}
