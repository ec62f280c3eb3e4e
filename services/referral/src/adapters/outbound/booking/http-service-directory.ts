import { IdSchema, ServiceKindSchema } from "@counselling/contracts";
import { z } from "zod";
import type { DirectoryService, ServiceDirectory } from "../../../application/ports/service-directory.port";
import { bookingUnavailable } from "./booking-error";
import { type BookingEndpoint, callBooking } from "./booking-trpc";

/** What referral reads of booking's `directory.services` (more comes; it is ignored). */
const BookableServicesSchema = z.array(
  z.object({
    id: IdSchema,
    kind: ServiceKindSchema,
    referralAcceptWithinWorkingDays: z.number().int().min(1).max(60),
    organisation: z.object({ id: IdSchema }),
    locations: z.array(z.object({ id: IdSchema })),
  }),
);

export interface HttpServiceDirectoryOptions extends BookingEndpoint {
  /** How long one answer of booking is used before asking again. */
  cacheForMs: number;
  /** The clock of the cache (tests move it). */
  now?: () => number;
}

/**
 * Booking's public directory (`GET /trpc/directory.services`, all services, no token)
 * with plain fetch and a short timeout, kept in memory for `cacheForMs` (the directory
 * is small and changes seldom; a minute-old deadline is still the service's own).
 * Concurrent callers share one request. A failure is not cached and not papered over
 * with an older answer: network, timeout, 5xx and a reply that does not read as the
 * directory are `booking_unavailable`.
 */
export class HttpServiceDirectory implements ServiceDirectory {
  private cached: { at: number; services: Promise<DirectoryService[]> } | undefined;
  private readonly now: () => number;

  constructor(private readonly options: HttpServiceDirectoryOptions) {
    this.now = options.now ?? Date.now;
  }

  services(): Promise<DirectoryService[]> {
    const now = this.now();
    if (this.cached && now - this.cached.at < this.options.cacheForMs) return this.cached.services;
    const cached = { at: now, services: this.fetchServices() };
    this.cached = cached;
    cached.services.catch(() => {
      if (this.cached === cached) this.cached = undefined;
    });
    return cached.services;
  }

  private async fetchServices(): Promise<DirectoryService[]> {
    const data = await callBooking(this.options, "directory.services", { kind: "query" });
    const parsed = BookableServicesSchema.safeParse(data);
    if (!parsed.success) throw bookingUnavailable(parsed.error);
    return parsed.data.map((service) => ({
      serviceId: service.id,
      kind: service.kind,
      organisationId: service.organisation.id,
      locationIds: service.locations.map((location) => location.id),
      acceptWithinWorkingDays: service.referralAcceptWithinWorkingDays,
    }));
  }
}
