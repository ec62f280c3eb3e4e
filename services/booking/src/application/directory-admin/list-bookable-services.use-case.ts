import { LanguageSchema, ServiceKindSchema } from "@counselling/contracts";
import { z } from "zod";
import { type BookableServiceSummary, bookableServiceSummaries } from "./bookable-service-summary";
import type { Directory } from "../../domain/directory/directory";

export const ListBookableServicesInputSchema = z
  .object({
    /** The client's language: spoken by a counsellor, or possible with an interpreter. */
    language: LanguageSchema.optional(),
    kind: ServiceKindSchema.optional(),
  })
  .default({});
export type ListBookableServicesInput = z.input<typeof ListBookableServicesInputSchema>;

/**
 * Public: the services a client can choose from, optionally narrowed to their language
 * and a kind. Read from this replica's snapshot; the directory is small, so the
 * projection is recomputed only when the snapshot changes.
 */
export class ListBookableServices {
  private cache: { directory: Directory; summaries: BookableServiceSummary[] } | undefined;

  constructor(private readonly deps: { snapshot: () => Directory }) {}

  execute(input: ListBookableServicesInput = {}): BookableServiceSummary[] {
    const { language, kind } = ListBookableServicesInputSchema.parse(input);
    return this.summaries().filter(
      (service) =>
        (kind === undefined || service.kind === kind) &&
        (language === undefined ||
          service.languages.includes(language) ||
          service.interpreterLanguages.includes(language)),
    );
  }

  private summaries(): BookableServiceSummary[] {
    const directory = this.deps.snapshot();
    if (this.cache?.directory !== directory) {
      this.cache = { directory, summaries: bookableServiceSummaries(directory) };
    }
    return this.cache.summaries;
  }
}
