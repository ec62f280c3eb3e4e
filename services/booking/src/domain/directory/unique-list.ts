import { z } from "zod";

/** The values that occur more than once, each named once. */
export function repeatedValues(values: readonly string[]): string[] {
  return [...new Set(values.filter((value, index) => values.indexOf(value) !== index))];
}

/**
 * A list in which every entry may appear once. A repeated language or location is
 * almost always a copy-paste slip in the directory, and it would count twice in
 * matching and statistics, so it is refused with the repeated values named.
 */
export function uniqueListOf<Item extends z.ZodType<string>>(item: Item, what: string) {
  return z.array(item).superRefine((entries, context) => {
    const repeated = repeatedValues(entries);
    if (repeated.length > 0) {
      context.addIssue({ code: "custom", message: `${what} must not repeat: ${repeated.join(", ")}` });
    }
  });
}
