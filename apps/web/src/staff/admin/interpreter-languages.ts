import type { DirectoryInterpreter, DirectoryLanguage } from "./directory-edits";

export type InterpreterLanguages = DirectoryInterpreter["languages"];

/**
 * The languages an interpreter may list: every language of the network but German, which
 * booking implies (an interpreter always interprets to and from German).
 */
export function interpretableLanguages(languages: readonly DirectoryLanguage[]): DirectoryLanguage[] {
  return languages.filter((language) => language !== "de");
}

/** The interpreter's languages with one added (no dialect yet: the standard variety) or taken away. */
export function withLanguage(
  languages: InterpreterLanguages,
  language: DirectoryLanguage,
  on: boolean,
): InterpreterLanguages {
  if (on) return language in languages ? languages : { ...languages, [language]: [] };
  return Object.fromEntries(Object.entries(languages).filter(([code]) => code !== language));
}

/**
 * Dialects as typed ("Levantine, Iraqi"): split at commas, trimmed, empty parts and
 * repeats dropped (booking refuses both), in the order written.
 */
export function dialectsOf(text: string): string[] {
  const parts = text
    .split(/[,،;]/)
    .map((part) => part.trim())
    .filter(Boolean);
  return [...new Set(parts)];
}
