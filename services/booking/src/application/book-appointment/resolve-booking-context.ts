import { AppError } from "@counselling/platform";
import type { Counsellor } from "../../domain/directory/counsellor";
import type { Location } from "../../domain/directory/location";
import type { Organisation } from "../../domain/directory/organisation";
import type { Service } from "../../domain/directory/service";
import type { DirectoryReader } from "../ports/directory-reader.port";
import type { BookAppointmentRequest } from "./book-appointment.schema";

export interface BookingContext {
  organisation: Organisation;
  service: Service;
  location: Location;
  counsellor: Counsellor;
}

/** Looks up what the request names and checks that it fits together; clear 4xx errors otherwise. */
export function resolveBookingContext(
  directory: DirectoryReader,
  request: BookAppointmentRequest,
): BookingContext {
  const service = directory.service(request.serviceId);
  if (!service) throw new AppError("NOT_FOUND", "This service does not exist", { reason: "unknown_service" });
  const location = directory.location(request.locationId);
  if (!location || !service.locationIds.includes(location.id)) {
    throw new AppError("NOT_FOUND", "This service is not offered at this place", {
      reason: "unknown_location",
    });
  }
  const counsellor = directory.counsellor(request.counsellorId);
  if (!counsellor?.serviceIds.includes(service.id) || !counsellor.locationIds.includes(location.id)) {
    throw new AppError("NOT_FOUND", "This counsellor does not offer this service here", {
      reason: "unknown_counsellor",
    });
  }
  if (!service.channels.includes(request.channel) || !counsellor.channels.includes(request.channel)) {
    throw new AppError("UNPROCESSABLE", `This service is not offered ${request.channel.replace("_", " ")}`, {
      reason: "channel_not_offered",
    });
  }
  const organisation = directory.organisation(service.organisationId);
  if (!organisation)
    throw new AppError("NOT_FOUND", "This service does not exist", { reason: "unknown_service" });
  return { organisation, service, location, counsellor };
}
