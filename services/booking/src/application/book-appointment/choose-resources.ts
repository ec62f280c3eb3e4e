import { AppError } from "@counselling/platform";
import type { Language } from "@counselling/contracts";
import { type Interpreter, interpretsFor } from "../../domain/directory/interpreter";
import type { DirectoryReader } from "../ports/directory-reader.port";
import type { BookAppointmentRequest } from "./book-appointment.schema";
import type { BookingContext } from "./resolve-booking-context";
import type { ResourceChoice } from "./claim-resources";

/**
 * Which rooms and interpreters may serve this booking: rooms only in person,
 * step-free rooms last (they stay free for clients who need them); an
 * interpreter when the client asks for one or the counsellor does not speak
 * the client's language, able to work in the appointment's channel.
 */
export function chooseResources(
  directory: DirectoryReader,
  context: BookingContext,
  request: BookAppointmentRequest,
): ResourceChoice {
  // A group session needs a room for everyone in it and the counsellor leading it.
  const seatsNeeded = (context.service.groupCapacity ?? 1) + 1;
  const rooms =
    request.channel === "in_person"
      ? directory
          .roomsAt(context.location.id)
          .filter((room) => room.capacity >= seatsNeeded)
          .sort((a, b) => Number(a.accessible) - Number(b.accessible))
      : [];
  const language = request.client.preferredLanguage;
  const needsInterpreter =
    request.client.interpreterNeeded || !context.counsellor.languages.includes(language);
  if (needsInterpreter && context.service.groupCapacity !== null) {
    throw new AppError("UNPROCESSABLE", "Group sessions are held in the counsellor's languages", {
      reason: "group_language_not_offered",
    });
  }
  const interpreters = needsInterpreter
    ? directory.interpreters().filter((interpreter) => canInterpret(interpreter, language, request, context))
    : [];
  if (needsInterpreter && interpreters.length === 0) {
    throw new AppError("UNPROCESSABLE", "No interpreter for this language is available for this service", {
      reason: "no_interpreter_available",
    });
  }
  return { counsellorId: context.counsellor.id, rooms, interpreters };
}

function canInterpret(
  interpreter: Interpreter,
  language: Language,
  request: BookAppointmentRequest,
  context: BookingContext,
): boolean {
  if (!interpretsFor(interpreter, language, context.organisation.id)) return false;
  if (request.channel === "in_person") {
    // An interpreter may join an in-person session by phone or video, or come if they reach the place.
    return (
      interpreter.modes.some((mode) => mode !== "in_person") ||
      interpreter.locationIds.includes(context.location.id)
    );
  }
  return interpreter.modes.includes(request.channel);
}

/** How the interpreter joins: in person when they can reach the place, else by phone or video. */
export function interpreterMode(
  interpreter: Interpreter,
  request: BookAppointmentRequest,
  locationId: string,
) {
  if (request.channel !== "in_person") return request.channel;
  if (interpreter.modes.includes("in_person") && interpreter.locationIds.includes(locationId))
    return "in_person";
  return interpreter.modes.find((mode) => mode !== "in_person") ?? "phone";
}
