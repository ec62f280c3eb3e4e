import { textIn } from "../../client/booking/booking-draft";
import type { Directory } from "./directory-edits";

/**
 * How an entry is called on the page, by its id: a service by its name in the reader's
 * language, the others by their name; the id when it has none yet (or is not in the slice).
 */
export function entryLabelOf(directory: Directory, id: string, language: string): string {
  const service = directory.services.find((entry) => entry.id === id);
  if (service) return textIn(service.name, language).text.trim() || id;
  const named =
    directory.locations.find((entry) => entry.id === id)?.name ??
    directory.rooms.find((entry) => entry.id === id)?.name ??
    directory.counsellors.find((entry) => entry.id === id)?.displayName ??
    directory.interpreters.find((entry) => entry.id === id)?.displayName ??
    (directory.organisation.id === id ? directory.organisation.name : undefined);
  return named?.trim() || id;
}

/** The section of the page an entry is in, to name it in the list of problems. */
export function entrySectionOf(
  directory: Directory,
  id: string,
): "services" | "locations" | "counsellors" | "rooms" | "interpreters" | null {
  if (directory.services.some((entry) => entry.id === id)) return "services";
  if (directory.locations.some((entry) => entry.id === id)) return "locations";
  if (directory.counsellors.some((entry) => entry.id === id)) return "counsellors";
  if (directory.rooms.some((entry) => entry.id === id)) return "rooms";
  if (directory.interpreters.some((entry) => entry.id === id)) return "interpreters";
  return null;
}
