import { FederalStateSchema, IdSchema, InstantSchema, ServiceKindSchema } from "@counselling/contracts";
import { AppError } from "@counselling/platform";
import { z } from "zod";
import type { OnBehalfOf, PlaceHoldRequest, SlotHolds } from "../../../application/ports/slot-holds.port";
import type { HeldSlot } from "../../../domain/referral/warm-handover";
import { bookingUnavailable } from "./booking-error";
import { type BookingEndpoint, callBooking } from "./booking-trpc";
import type { ReferralGrantSource } from "./referral-grant-issuer";

/** What referral reads of booking's answer to `holds.place` (more may come; it is ignored). */
const PlacedHoldSchema = z.object({
  appointment: z.object({
    appointmentId: IdSchema,
    organisationId: IdSchema,
    location: z.object({ locationId: IdSchema, federalState: FederalStateSchema }),
    service: z.object({ serviceId: IdSchema, kind: ServiceKindSchema }),
    counsellorId: IdSchema,
    time: z.object({ startsAt: InstantSchema }),
  }),
  holdExpiresAt: InstantSchema,
});

export interface HttpSlotHoldsOptions extends BookingEndpoint {
  /** The grant that goes with each hold for a referral (booking needs it across organisations). */
  grants: ReferralGrantSource;
}

/**
 * Booking's hold procedures over its tRPC HTTP API (`POST /trpc/holds.<name>`, JSON input
 * as the body; `callBooking`): the calling staff member's bearer token is passed on,
 * so booking authorizes them itself; a hold also carries referral's grant for the
 * referral in `x-referral-grant` (ADR 33). Booking's refusals become AppErrors with its
 * stable reasons; anything that is not a refusal (network, timeout, 5xx, a reply we
 * cannot read) is `booking_unavailable`.
 */
export class HttpSlotHolds implements SlotHolds {
  constructor(private readonly options: HttpSlotHoldsOptions) {}

  async place(request: PlaceHoldRequest, onBehalfOf: OnBehalfOf): Promise<HeldSlot> {
    const referralGrant = await this.options.grants.grantFor(request.referralId, onBehalfOf);
    const data = await this.call("place", request, onBehalfOf, referralGrant);
    const parsed = PlacedHoldSchema.safeParse(data);
    if (!parsed.success) throw bookingUnavailable(parsed.error);
    const { appointment, holdExpiresAt } = parsed.data;
    return {
      appointmentId: appointment.appointmentId,
      organisationId: appointment.organisationId,
      locationId: appointment.location.locationId,
      federalState: appointment.location.federalState,
      serviceId: appointment.service.serviceId,
      serviceKind: appointment.service.kind,
      counsellorId: appointment.counsellorId,
      startsAt: appointment.time.startsAt,
      expiresAt: holdExpiresAt,
    };
  }

  async confirm(appointmentId: string, onBehalfOf: OnBehalfOf): Promise<void> {
    await this.call("confirm", { appointmentId }, onBehalfOf).catch((error: unknown) => {
      // A retried acceptance: booking confirmed it the first time.
      if (error instanceof AppError && error.reason === "appointment_booked") return;
      throw error;
    });
  }

  async release(appointmentId: string, onBehalfOf: OnBehalfOf): Promise<void> {
    await this.call("release", { appointmentId }, onBehalfOf).catch((error: unknown) => {
      // Released before, or run out: either way the time is free.
      if (error instanceof AppError && (error.reason === "appointment_released" || error.code === "GONE"))
        return;
      throw error;
    });
  }

  private call(
    procedure: string,
    input: unknown,
    { bearerToken }: OnBehalfOf,
    referralGrant?: string,
  ): Promise<unknown> {
    return callBooking(this.options, `holds.${procedure}`, {
      kind: "mutation",
      input,
      bearerToken,
      ...(referralGrant === undefined ? {} : { referralGrant }),
    });
  }
}
