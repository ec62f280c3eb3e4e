import { type AppointmentDetails } from "@counselling/contracts";
import { type AppointmentStatus } from "../appointments/appointment-status";
import { isDiscreet } from "../templates/discretion";
import { formatWhen } from "../templates/format-when";
import { messageLanguageOf, type MessageLanguage, phrasesByLanguage } from "../templates/phrases";
import { addressOf, placeLine } from "../templates/place-line";

export interface ClientCalendarText {
  language: MessageLanguage;
  summary: string;
  /** Null for phone and video appointments: the description says how it takes place. */
  location: string | null;
  description: string;
}

/**
 * The words of the client's calendar entry, in their language, from the same phrases as
 * the SMS. Discreet for sensitive services (docs/adr/0021): the summary is just "Your
 * appointment", the location the street address without the location's name.
 */
export function clientCalendarText(
  details: AppointmentDetails,
  status: AppointmentStatus,
): ClientCalendarText {
  const language = messageLanguageOf(details.client.preferredLanguage);
  const phrases = phrasesByLanguage[language];
  const discreet = isDiscreet(details.service, details.client);
  const what = phrases.appointment(discreet ? null : details.service.name);
  const when = formatWhen(details.time.startsAt, details.time.timeZone, language);
  const place = placeLine(phrases, details.channel, details.location, discreet);
  const lines =
    status === "cancelled"
      ? [phrases.cancelled(what, when), phrases.rebook]
      : [status === "rescheduled" ? phrases.moved(what, when) : phrases.booked(what, when), place];
  const location =
    details.channel === "in_person"
      ? discreet
        ? addressOf(details.location)
        : `${details.location.name}, ${addressOf(details.location)}`
      : null;
  return { language, summary: what, location, description: lines.join("\n") };
}
