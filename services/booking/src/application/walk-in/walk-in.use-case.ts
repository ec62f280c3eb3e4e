import {
  AppError,
  authorizeStaff,
  isAppError,
  type StaffPrincipal,
  staffActorOf,
} from "@counselling/platform";
import { appointmentIdFor, idempotencyScopeOf } from "../../domain/appointment/idempotent-appointment-id";
import type { BookAppointment, BookAppointmentResult } from "../book-appointment/book-appointment.use-case";
import type { FindFreeSlots } from "../find-free-slots/find-free-slots.use-case";
import { clientIdFor, fieldsOf } from "../personal-data/seal-client";
import type { DirectoryReader } from "../ports/directory-reader.port";
import type { PersonalDataAccessRecorder } from "../ports/personal-data.port";
import { type WalkInInput, WalkInInputSchema } from "./walk-in.schema";

/** How many of today's earliest offers to try before telling reception nobody is free. */
const OFFERS_TO_TRY = 20;

/**
 * Walk-in quick booking: the first free counsellor of the service at this location today
 * who speaks the client's language (or with a free interpreter), in person, now or as soon
 * as possible. Offers are tried earliest first; one taken meanwhile means "try the next".
 * Repeating the request (same key) returns the booking already made. Entering the client's
 * name and phone is recorded in the access log first.
 */
export class WalkIn {
  constructor(
    private readonly deps: {
      bookAppointment: BookAppointment;
      findFreeSlots: FindFreeSlots;
      directory: DirectoryReader;
      clock: () => Date;
      accessLog: PersonalDataAccessRecorder;
    },
  ) {}

  async execute(
    input: WalkInInput,
    staff: StaffPrincipal,
  ): Promise<BookAppointmentResult & { counsellorName: string | null }> {
    const booked = await this.book(input, staff);
    // Reception tells the client whom to see.
    const counsellor = this.deps.directory.counsellor(booked.appointment.counsellorId);
    return { ...booked, counsellorName: counsellor?.displayName ?? null };
  }

  private async book(input: WalkInInput, staff: StaffPrincipal): Promise<BookAppointmentResult> {
    const request = WalkInInputSchema.parse(input);
    const location = this.deps.directory.location(request.locationId);
    if (!location) throw AppError.notFound("Location", request.locationId);
    authorizeStaff(staff, ["reception", "counsellor", "admin"], {
      organisationId: location.organisationId,
      locationId: location.id,
    });
    const actor = staffActorOf(staff);
    const appointmentId = appointmentIdFor(idempotencyScopeOf(actor), request.idempotencyKey);
    await this.deps.accessLog.record(staff, {
      action: "change",
      procedure: "reception.walkIn",
      purpose: "book a client who came to the desk without an appointment",
      clientIds: [clientIdFor(appointmentId)],
      recordIds: [appointmentId],
      fields: fieldsOf(request.client),
    });
    const earlier = await this.deps.bookAppointment.earlierBookingFor(request.idempotencyKey, actor);
    if (earlier) return earlier;

    const offers = await this.deps.findFreeSlots.execute(
      {
        serviceId: request.serviceId,
        locationId: request.locationId,
        language: request.client.preferredLanguage,
        channel: "in_person",
        from: this.deps.clock().toISOString(),
        days: 1,
        limit: OFFERS_TO_TRY,
      },
      { walkIn: true },
    );
    for (const offer of offers) {
      try {
        return await this.deps.bookAppointment.execute(
          { ...request, counsellorId: offer.counsellorId, startsAt: offer.start, channel: "in_person" },
          actor,
          { walkIn: true },
        );
      } catch (error) {
        if (isAppError(error) && error.code === "CONFLICT" && error.reason !== "idempotency_key_reused")
          continue;
        throw error;
      }
    }
    throw AppError.conflict("Nobody is free for this service here today; offer the waitlist", {
      reason: "no_walk_in_slot",
    });
  }
}
