import { AppError, authorizeStaff, type StaffPrincipal, staffActorOf } from "@counselling/platform";
import { appointmentIdFor, idempotencyScopeOf } from "../../domain/appointment/idempotent-appointment-id";
import {
  type BookAppointmentInput,
  BookAppointmentInputSchema,
} from "../book-appointment/book-appointment.schema";
import type { BookAppointment, BookAppointmentResult } from "../book-appointment/book-appointment.use-case";
import { clientIdFor, fieldsOf } from "../personal-data/seal-client";
import type { DirectoryReader } from "../ports/directory-reader.port";
import type { PersonalDataAccessRecorder } from "../ports/personal-data.port";

/**
 * Staff book for a client (a phone call, a counsellor arranging a follow-up): the same
 * booking as the client's own, attributed to the staff member, within their
 * organisation and location. Entering a client's name and phone is recorded in the
 * access log first (the appointment's id follows from the request's key).
 */
export class BookForClient {
  constructor(
    private readonly deps: {
      bookAppointment: BookAppointment;
      directory: DirectoryReader;
      accessLog: PersonalDataAccessRecorder;
    },
  ) {}

  async execute(input: BookAppointmentInput, staff: StaffPrincipal): Promise<BookAppointmentResult> {
    const service = this.deps.directory.service(input.serviceId);
    if (!service)
      throw new AppError("NOT_FOUND", "This service does not exist", { reason: "unknown_service" });
    authorizeStaff(staff, ["reception", "counsellor", "intake", "admin"], {
      organisationId: service.organisationId,
      locationId: input.locationId,
    });
    const request = BookAppointmentInputSchema.parse(input);
    const actor = staffActorOf(staff);
    const appointmentId = appointmentIdFor(idempotencyScopeOf(actor), request.idempotencyKey);
    await this.deps.accessLog.record(staff, {
      action: "change",
      procedure: "appointments.bookForClient",
      purpose: "book an appointment for the client",
      clientIds: [clientIdFor(appointmentId)],
      recordIds: [appointmentId],
      fields: fieldsOf(request.client),
    });
    return this.deps.bookAppointment.execute(request, actor);
  }
}
