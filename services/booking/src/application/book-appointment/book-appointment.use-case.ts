import { type Actor, AppointmentBookedV1, type AppointmentDetails } from "@counselling/contracts";
import { AppError, newEnvelope } from "@counselling/platform";
import type { Appointment } from "../../domain/appointment/appointment";
import { appointmentIdFor, idempotencyScopeOf } from "../../domain/appointment/idempotent-appointment-id";
import { manageUrlFor, newManageToken } from "../../domain/appointment/manage-token";
import {
  type AppointmentView,
  AppointmentViews,
  appointmentViewOf,
  type OpenedClient,
} from "../personal-data/client-views";
import { clientIdFor, sealClient } from "../personal-data/seal-client";
import type { BookingPersonalData } from "../ports/personal-data.port";
import type { AppointmentRepository } from "../ports/appointment-repository.port";
import type { DirectoryReader } from "../ports/directory-reader.port";
import type { ResourceClaims } from "../ports/resource-claims.port";
import {
  type BookAppointmentInput,
  BookAppointmentInputSchema,
  type BookAppointmentRequest,
} from "./book-appointment.schema";
import { checkSlotWithinRules } from "./check-slot-within-rules";
import { type ClaimedResources, claimResources, type ResourceChoice } from "./claim-resources";
import { groupSessionIdFor } from "../../domain/group-session/group-session";
import type { GroupSessions } from "../ports/group-sessions.port";
import { chooseResources, interpreterMode } from "./choose-resources";
import { normalisePhone } from "./normalise-phone";
import { walkInRulesOf } from "../availability/walk-in-rules";
import { type BookingContext, resolveBookingContext } from "./resolve-booking-context";

/** How staff may book beyond the public rules. */
export interface BookingOptions {
  /** A tentative hold instead of a booking: the time is claimed, but no appointment exists yet. */
  holdForMinutes?: number;
  /** The client stands at the desk: the service's minimum notice does not apply. */
  walkIn?: boolean;
}

/** What is known once the resources are claimed. */
interface ClaimedBooking {
  options: BookingOptions;
  appointmentId: string;
  fingerprint: string;
  phone: string | null;
  now: Date;
  context: BookingContext;
  startsAt: Date;
  endsAt: Date;
  claimed: { start: Date; end: Date };
  taken: ClaimedResources;
}

export interface BookAppointmentDependencies {
  directory: DirectoryReader;
  claims: ResourceClaims;
  groupSessions: GroupSessions;
  appointments: AppointmentRepository;
  clock: () => Date;
  /** Base of the client's manage link, e.g. https://termine.example.org/manage */
  manageBaseUrl: string;
  personalData: BookingPersonalData;
}

export interface BookAppointmentResult {
  /** The appointment with the client in the clear, for the booker who just gave name and phone. */
  appointment: AppointmentView;
  /** The raw manage token: returned once, to the booker; null on a replay (the SMS carries the link) and for holds. */
  manageToken: string | null;
  replayed: boolean;
  /** Set for a hold: when it lets the time go unless confirmed. */
  holdExpiresAt: string | null;
}

/**
 * Books an appointment for a client: validate, check the time against the
 * service's rules, claim counsellor, room and interpreter atomically in the
 * database, then store the appointment together with its `appointment.booked`
 * event. A failure after the claim frees it again; nothing half-written stays.
 * The client's name and phone are sealed with the appointment's own key before
 * anything is written (ADR 0011); the answer shows them to the booker in the clear.
 */
export class BookAppointment {
  private readonly views: AppointmentViews;

  constructor(private readonly deps: BookAppointmentDependencies) {
    this.views = new AppointmentViews(deps.personalData.vault);
  }

  async execute(
    input: BookAppointmentInput,
    actor: Actor,
    options: BookingOptions = {},
  ): Promise<BookAppointmentResult> {
    const request = BookAppointmentInputSchema.parse(input);
    const phone = request.client.phone === null ? null : normalisePhone(request.client.phone);
    if (request.client.smsConsent && phone === null) {
      throw new AppError("VALIDATION_FAILED", "SMS needs a phone number", { reason: "sms_without_phone" });
    }
    const appointmentId = appointmentIdFor(idempotencyScopeOf(actor), request.idempotencyKey);
    const fingerprint = this.deps.personalData.fingerprints.of(request);
    try {
      return await this.bookNew(request, { appointmentId, fingerprint, phone, options }, actor);
    } catch (error) {
      // A repeated request fails here (its first copy holds the time or the id): answer with that
      // booking. Looking only on failure keeps a read off every first booking.
      const replay = await this.replayOf(appointmentId, fingerprint, {
        displayName: request.client.displayName,
        phone,
      });
      if (replay) return replay;
      throw error;
    }
  }

  private async bookNew(
    request: BookAppointmentRequest,
    ids: { appointmentId: string; fingerprint: string; phone: string | null; options: BookingOptions },
    actor: Actor,
  ): Promise<BookAppointmentResult> {
    const { appointmentId, fingerprint, phone, options } = ids;
    const now = this.deps.clock();
    const resolved = resolveBookingContext(this.deps.directory, request);
    const context = options.walkIn ? { ...resolved, service: walkInRulesOf(resolved.service) } : resolved;
    const startsAt = new Date(request.startsAt);
    const { endsAt, claimed } = checkSlotWithinRules(context, startsAt, now);
    const choice = chooseResources(this.deps.directory, context, request);
    const taken =
      context.service.groupCapacity === null
        ? await claimResources(this.deps.claims, appointmentId, choice, claimed)
        : await this.takeSeat(appointmentId, context, startsAt, choice, claimed);
    try {
      return await this.store(
        request,
        { options, appointmentId, fingerprint, phone, now, context, startsAt, endsAt, claimed, taken },
        actor,
      );
    } catch (error) {
      // A refusal (an AppError: erased data, the id taken) wrote nothing, so the time is freed
      // again unless an earlier copy of this request stored the appointment. Any other failure (a
      // lost connection, a timeout) may still land after an answer of "not there": its claims stay
      // for the orphan sweeper, which frees them only after a grace period (ADR 0044).
      if (!(error instanceof AppError)) throw error;
      if (await this.deps.appointments.findById(appointmentId)) throw error;
      if (taken.groupSessionId) await this.deps.groupSessions.leave(taken.groupSessionId, appointmentId);
      else await this.deps.claims.release(appointmentId, taken.resources, claimed);
      throw error;
    }
  }

  /** A seat in the group session at this time, opening the session (claiming counsellor and room) if it is the first. */
  private async takeSeat(
    appointmentId: string,
    context: BookingContext,
    startsAt: Date,
    choice: ResourceChoice,
    claimed: { start: Date; end: Date },
  ): Promise<ClaimedResources> {
    const sessionId = groupSessionIdFor(context.service.id, context.counsellor.id, startsAt);
    const session = await this.deps.groupSessions.join({
      session: {
        sessionId,
        serviceId: context.service.id,
        counsellorId: context.counsellor.id,
        startsAt,
        capacity: context.service.groupCapacity ?? 1,
      },
      appointmentId,
      claimed,
      claimForOpening: async () =>
        (await claimResources(this.deps.claims, sessionId, choice, claimed)).resources,
    });
    const roomId = session.resources.find((resource) => resource.kind === "room")?.id;
    const room = this.deps.directory
      .roomsAt(context.location.id)
      .find((candidate) => candidate.id === roomId);
    return { resources: session.resources, room: room ?? null, interpreter: null, groupSessionId: sessionId };
  }

  private async store(
    request: BookAppointmentRequest,
    booking: ClaimedBooking,
    actor: Actor,
  ): Promise<BookAppointmentResult> {
    const { options, appointmentId, fingerprint, phone, now, context, startsAt, endsAt, claimed, taken } =
      booking;
    const token = newManageToken();
    const plaintext = { displayName: request.client.displayName, phone };
    const sealed = await sealClient(this.deps.personalData, clientIdFor(appointmentId), {
      ...plaintext,
      preferredLanguage: request.client.preferredLanguage,
      smsConsent: request.client.smsConsent,
      serviceNameInSms: request.client.serviceNameInSms,
    });
    const details: AppointmentDetails = {
      appointmentId,
      organisationId: context.organisation.id,
      location: {
        locationId: context.location.id,
        name: context.location.name,
        address: context.location.address,
        federalState: context.location.federalState,
      },
      service: {
        serviceId: context.service.id,
        kind: context.service.kind,
        name: context.service.name.de,
        sensitive: context.service.sensitive,
      },
      counsellorId: context.counsellor.id,
      roomId: taken.room?.id ?? null,
      interpreter: taken.interpreter
        ? {
            interpreterId: taken.interpreter.id,
            language: request.client.preferredLanguage,
            dialect: null,
            mode: interpreterMode(taken.interpreter, request, context.location.id),
          }
        : null,
      time: {
        startsAt: startsAt.toISOString(),
        endsAt: endsAt.toISOString(),
        timeZone: context.location.timeZone,
      },
      channel: request.channel,
      client: sealed.client,
      referralId: request.referralId,
      sequence: 0,
    };
    const appointment: Appointment = {
      details,
      status: options.holdForMinutes ? "held" : "booked",
      version: 1,
      resources: taken.resources,
      claimed,
      manageTokenHash: token.hash,
      idempotencyKey: request.idempotencyKey,
      requestFingerprint: fingerprint,
      bookedAt: now,
      bookedBy: actor,
      clientConfirmedAt: null,
      groupSessionId: taken.groupSessionId ?? null,
      holdExpiresAt: options.holdForMinutes
        ? new Date(now.getTime() + options.holdForMinutes * 60_000)
        : null,
      phoneIndex: sealed.phoneIndex,
      personalDataErasedAt: null,
      personalDataErasedBy: null,
    };
    const view = appointmentViewOf(details, plaintext);
    if (appointment.holdExpiresAt) {
      // A hold publishes nothing: no client is told, no referral moves, until it is confirmed.
      await this.deps.appointments.insert(appointment, []);
      return {
        appointment: view,
        manageToken: null,
        replayed: false,
        holdExpiresAt: appointment.holdExpiresAt.toISOString(),
      };
    }
    const booked = newEnvelope(AppointmentBookedV1, {
      subject: appointmentId,
      source: "booking",
      occurredAt: now,
      data: {
        ...details,
        actor,
        at: now.toISOString(),
        sequence: 0,
        manageUrl: manageUrlFor(this.deps.manageBaseUrl, appointmentId, token.token),
      },
    });
    await this.deps.appointments.insert(appointment, [
      { topic: AppointmentBookedV1.topic, envelope: booked },
    ]);
    return { appointment: view, manageToken: token.token, replayed: false, holdExpiresAt: null };
  }

  /** The booking an earlier request with this key made, if any (a walk-in retried at the desk). */
  async earlierBookingFor(idempotencyKey: string, actor: Actor): Promise<BookAppointmentResult | null> {
    const existing = await this.deps.appointments.findById(
      appointmentIdFor(idempotencyScopeOf(actor), idempotencyKey),
    );
    return existing ? resultOfReplay(existing, await this.views.of(existing)) : null;
  }

  /**
   * The same request again: the same appointment, shown with the request's own name and
   * phone (the keyed fingerprint matched, so they are the stored ones). The same key for
   * another request, or for a booking whose data were erased since: refused.
   */
  private async replayOf(
    appointmentId: string,
    fingerprint: string,
    plaintext: OpenedClient,
  ): Promise<BookAppointmentResult | null> {
    const existing = await this.deps.appointments.findById(appointmentId);
    if (!existing) return null;
    if (existing.requestFingerprint !== fingerprint) {
      throw AppError.conflict("This request key was already used for another booking", {
        reason: "idempotency_key_reused",
      });
    }
    return resultOfReplay(existing, appointmentViewOf(existing.details, plaintext));
  }
}

function resultOfReplay(existing: Appointment, view: AppointmentView): BookAppointmentResult {
  return {
    appointment: view,
    manageToken: null,
    replayed: true,
    holdExpiresAt: existing.holdExpiresAt?.toISOString() ?? null,
  };
}
