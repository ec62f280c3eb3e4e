import { bookingUnavailable } from "../adapters/outbound/booking/booking-error";
import type { DirectoryService, ServiceDirectory } from "../application/ports/service-directory.port";

/** Booking's directory as a fixed list, for tests without booking; `unavailable` makes it fail as the HTTP adapter does. */
export class FixedServiceDirectory implements ServiceDirectory {
  unavailable = false;

  constructor(private readonly list: DirectoryService[]) {}

  services(): Promise<DirectoryService[]> {
    if (this.unavailable) return Promise.reject(bookingUnavailable(new Error("booking is down (test)")));
    return Promise.resolve(this.list);
  }
}
