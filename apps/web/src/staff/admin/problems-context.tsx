import { createContext, useContext } from "react";
import { useTranslation } from "react-i18next";
import type { FieldProblem } from "./directory-check";
import type { ServerProblem } from "./server-problems";

/** What the last save attempt found: the form's own check, and what booking answered. */
export interface EditorProblems {
  fields: readonly FieldProblem[];
  server: readonly ServerProblem[];
  /** An entry's name by its id, to name the entries booking's sentences point at. */
  labelOf: (id: string) => string;
}

const ProblemsContext = createContext<EditorProblems>({ fields: [], server: [], labelOf: (id) => id });

/** Given by the directory form, read by every field that may be refused. */
export const ProblemsProvider = ProblemsContext.Provider;

/** `field` itself, or (with `nested`) anything inside it ("openingHours" covers "openingHours.2.end"). */
function covers(field: string, path: string | null, nested: boolean): boolean {
  if (path === null) return false;
  return path === field || (nested && path.startsWith(`${field}.`));
}

/**
 * The message for one field of one entry, in the admin's language, or undefined when it
 * is fine. Booking's rare field messages that the form does not know come in English.
 */
export function useFieldError(entryId: string, field: string, nested = false): string | undefined {
  const { t } = useTranslation();
  const { fields, server } = useContext(ProblemsContext);
  const own = fields.find((problem) => problem.entryId === entryId && covers(field, problem.field, nested));
  if (own) return t(`admin.rules.${own.rule}`, own.values);
  const fromServer = server.find(
    (problem) => problem.entryId === entryId && covers(field, problem.field, nested),
  );
  return fromServer ? `${t("admin.serverSaysLead")} ${fromServer.original}` : undefined;
}

export function useEntryLabels(): (id: string) => string {
  return useContext(ProblemsContext).labelOf;
}

/** Booking's problems with an entry as a whole (shown at the top of the entry). */
export function useEntryProblems(entryId: string): readonly ServerProblem[] {
  const { server } = useContext(ProblemsContext);
  return server.filter((problem) => problem.entryId === entryId && problem.field === null);
}

/** The fields under `prefix` that have a problem, to mark each control of a table invalid. */
export function useInvalidFields(entryId: string, prefix: string): ReadonlySet<string> {
  const { fields, server } = useContext(ProblemsContext);
  return new Set(
    [...fields, ...server]
      .filter((problem) => problem.entryId === entryId && covers(prefix, problem.field, true))
      .map((problem) => problem.field ?? ""),
  );
}
