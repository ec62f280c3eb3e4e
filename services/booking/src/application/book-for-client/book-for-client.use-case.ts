import { AppError, authorizeStaff, type StaffPrincipal, staffActorOf } from "@counselling/platform";
import type { BookAppointmentInput } from "../book-appointment/book-appointment.schema";
import type { BookAppointment, BookAppointmentResult } from "../book-appointment/book-appointment.use-case";
import type { DirectoryReader } from "../ports/directory-reader.port";

/**
 * Staff book for a client (a phone call, a counsellor arranging a follow-up): the same
 * booking as the client's own, attributed to the staff member, within their
 * organisation and location.
 */
export class BookForClient {
  constructor(private readonly deps: { bookAppointment: BookAppointment; directory: DirectoryReader }) {}

  async execute(input: BookAppointmentInput, staff: StaffPrincipal): Promise<BookAppointmentResult> {
    const service = this.deps.directory.service(input.serviceId);
    if (!service)
      throw new AppError("NOT_FOUND", "This service does not exist", { reason: "unknown_service" });
    authorizeStaff(staff, ["reception", "counsellor", "intake", "admin"], {
      organisationId: service.organisationId,
      locationId: input.locationId,
    });
    return this.deps.bookAppointment.execute(input, staffActorOf(staff));
  }
}
