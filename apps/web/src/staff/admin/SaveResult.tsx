import type { Ref } from "react";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { languageName } from "../../i18n/format-date-time";
import { ErrorMessage } from "../../ui/ErrorMessage";
import type { FieldProblem } from "./directory-check";
import type { Directory } from "./directory-edits";
import { entryLabelOf, entrySectionOf } from "./entry-labels";
import { focusField } from "./focus-field";
import { fieldOfPath } from "./problem-labels";
import type { ServerProblem } from "./server-problems";
import { ServerProblemText } from "./ServerProblemText";

interface SaveResultProps {
  ref: Ref<HTMLDivElement>;
  directory: Directory;
  fieldProblems: readonly FieldProblem[];
  serverProblems: readonly ServerProblem[];
  saveError: unknown;
  savedRevision: number | null;
  onContinue: () => void;
}

/**
 * Beside the form (below it on a phone): what the last save attempt found, every problem
 * as a button that takes the admin to its field, or that the save went through. It takes
 * focus after each attempt, so the outcome is read out and the keyboard starts there.
 */
export function SaveResult({
  ref,
  directory,
  fieldProblems,
  serverProblems,
  saveError,
  savedRevision,
  onContinue,
}: SaveResultProps) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const labelOf = (id: string) => entryLabelOf(directory, id, i18n.language);
  /** "Counsellors · Dilan A. · Absences: …": where the problem is, then what it is. */
  const whereOf = (entryId: string | null, path: string | null) => {
    if (!entryId) return "";
    const section = entrySectionOf(directory, entryId);
    const { field, language } = fieldOfPath(path);
    return [
      section ? t(`admin.${section}`) : null,
      labelOf(entryId),
      field
        ? `${t(`admin.fieldNames.${field}`)}${language ? ` (${languageName(language, i18n.language)})` : ""}`
        : null,
    ]
      .filter(Boolean)
      .join(" · ");
  };
  const problemCount = fieldProblems.length + serverProblems.length;
  return (
    <aside className="editor-aside" aria-labelledby={headingId} ref={ref} tabIndex={-1}>
      <h2 id={headingId}>{t("admin.checkHeading")}</h2>
      {savedRevision !== null && (
        <div className="alert alert-success" role="status">
          <p>{t("admin.saved", { revision: savedRevision })}</p>
          <button type="button" className="button-secondary" onClick={onContinue}>
            {t("admin.continue")}
          </button>
        </div>
      )}
      {saveError !== null && saveError !== undefined && <ErrorMessage error={saveError} />}
      {fieldProblems.length > 0 && (
        // Polite: the count changes while the admin corrects, and is read out without interrupting.
        <p className="alert alert-error" role="status">
          {t("admin.problemsFound", { count: problemCount })}
        </p>
      )}
      {problemCount > 0 && (
        <ul className="problem-list" data-testid="save-problems">
          {fieldProblems.map((problem, index) => (
            <li key={`field-${index}`}>
              <button
                type="button"
                className="button-link"
                onClick={() => focusField(problem.entryId, problem.field)}
              >
                {whereOf(problem.entryId, problem.field)}: {t(`admin.rules.${problem.rule}`, problem.values)}
              </button>
            </li>
          ))}
          {serverProblems.map((problem, index) => (
            <li key={`server-${index}`}>
              {problem.entryId ? (
                <button
                  type="button"
                  className="button-link"
                  onClick={() => problem.entryId && focusField(problem.entryId, problem.field)}
                >
                  {whereOf(problem.entryId, problem.field)}:{" "}
                  <ServerProblemText problem={problem} labelOf={labelOf} />
                </button>
              ) : (
                <ServerProblemText problem={problem} labelOf={labelOf} />
              )}
            </li>
          ))}
        </ul>
      )}
      {problemCount === 0 && !saveError && savedRevision === null && (
        <p className="hint">{t("admin.checkHint")}</p>
      )}
    </aside>
  );
}
