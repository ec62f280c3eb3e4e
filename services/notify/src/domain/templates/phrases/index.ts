import { type Language } from "@counselling/contracts";
import { ar } from "./ar";
import { de } from "./de";
import { en } from "./en";
import { fa } from "./fa";
import { type Phrases } from "./phrases";
import { ru } from "./ru";
import { tr } from "./tr";
import { uk } from "./uk";

export type { Phrases } from "./phrases";

/** The languages with our own texts; see messageLanguageOf for the others. */
export const phrasesByLanguage = { de, en, ar, fa, uk, ru, tr } as const satisfies Record<string, Phrases>;
export type MessageLanguage = keyof typeof phrasesByLanguage;

/**
 * The language an SMS is written in. Clients whose language has no texts yet
 * (ti, ps, ku, so, fr) get English, not German: more of them read it, and a
 * reception worker can still translate it for them (docs/adr/0020).
 */
export function messageLanguageOf(language: Language): MessageLanguage {
  return language in phrasesByLanguage ? (language as MessageLanguage) : "en";
}
