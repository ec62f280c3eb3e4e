import { FederalStateSchema, IdSchema, InstantSchema, ServiceKindSchema } from "@counselling/contracts";
import { AppError } from "@counselling/platform";
import { z } from "zod";
import type { OnBehalfOf, PlaceHoldRequest, SlotHolds } from "../../../application/ports/slot-holds.port";
import type { HeldSlot } from "../../../domain/referral/warm-handover";
import { bookingErrorOf, bookingUnavailable } from "./booking-error";

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

const TrpcReplySchema = z.union([
  z.object({ result: z.object({ data: z.unknown() }) }),
  z.object({
    error: z.object({
      message: z.string(),
      data: z.object({ appCode: z.string(), reason: z.string().nullable().optional() }),
    }),
  }),
]);

export interface HttpSlotHoldsOptions {
  /** Booking's base URL, e.g. http://127.0.0.1:4001 (its tRPC API is under /trpc). */
  bookingUrl: string;
  timeoutMs: number;
}

/**
 * Booking's hold procedures over its tRPC HTTP API (`POST /trpc/holds.<name>`, JSON input
 * as the body), with plain fetch: the calling staff member's bearer token is passed on,
 * so booking authorizes them itself. Booking's refusals become AppErrors with its stable
 * reasons; anything that is not a refusal (network, timeout, 5xx, a reply we cannot
 * read) is `booking_unavailable`.
 */
export class HttpSlotHolds implements SlotHolds {
  constructor(private readonly options: HttpSlotHoldsOptions) {}

  async place(request: PlaceHoldRequest, onBehalfOf: OnBehalfOf): Promise<HeldSlot> {
    const data = await this.call("holds.place", request, onBehalfOf);
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
    await this.call("holds.confirm", { appointmentId }, onBehalfOf).catch((error: unknown) => {
      // A retried acceptance: booking confirmed it the first time.
      if (error instanceof AppError && error.reason === "appointment_booked") return;
      throw error;
    });
  }

  async release(appointmentId: string, onBehalfOf: OnBehalfOf): Promise<void> {
    await this.call("holds.release", { appointmentId }, onBehalfOf).catch((error: unknown) => {
      // Released before, or run out: either way the time is free.
      if (error instanceof AppError && (error.reason === "appointment_released" || error.code === "GONE"))
        return;
      throw error;
    });
  }

  private async call(procedure: string, input: unknown, { bearerToken }: OnBehalfOf): Promise<unknown> {
    let response: Response;
    let body: unknown;
    try {
      response = await fetch(`${this.options.bookingUrl}/trpc/${procedure}`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${bearerToken}` },
        body: JSON.stringify(input),
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
      body = await response.json();
    } catch (cause) {
      throw bookingUnavailable(cause);
    }
    const reply = TrpcReplySchema.safeParse(body);
    if (!reply.success) throw bookingUnavailable(reply.error);
    if ("error" in reply.data) throw bookingErrorOf(response.status, reply.data.error);
    if (!response.ok) throw bookingUnavailable(new Error(`booking answered ${response.status}`));
    return reply.data.result.data;
  }
}
