import { type AppointmentLocationSchema, type Channel } from "@counselling/contracts";
import { type z } from "zod";
import { type Phrases } from "./phrases";

type Location = z.infer<typeof AppointmentLocationSchema>;

/** The street address of an in-person appointment ("Beispielstraße 1, 06108 Halle (Saale)"). */
export function addressOf(location: Location): string {
  const { street, postalCode, city } = location.address;
  return `${street}, ${postalCode} ${city}`;
}

/**
 * Where the appointment takes place, as a sentence: the address (with the location's name
 * unless discreet, docs/adr/0021), or that it is by phone or video. SMS and calendar files share it.
 */
export function placeLine(phrases: Phrases, channel: Channel, location: Location, discreet: boolean): string {
  if (channel === "phone") return phrases.byPhone;
  if (channel === "video") return phrases.byVideo;
  return phrases.place(discreet ? null : location.name, addressOf(location));
}
