import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { languageName } from "../../i18n/format-date-time";
import { directoryLanguages, type DirectoryLanguage } from "./directory-edits";
import {
  dialectsOf,
  type InterpreterLanguages,
  interpretableLanguages,
  withLanguage,
} from "./interpreter-languages";
import { useFieldError } from "./problems-context";

/**
 * The languages an interpreter interprets into German, each with the dialects they master
 * (empty: the standard variety). German itself is implied and not offered.
 */
export function InterpreterLanguagesField({
  entryId,
  languages,
  onChange,
}: {
  entryId: string;
  languages: InterpreterLanguages;
  onChange: (languages: InterpreterLanguages) => void;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const errorId = `${id}-error`;
  const error = useFieldError(entryId, "languages", true);
  return (
    <fieldset
      className={
        error ? "field-group interpreter-languages field-invalid" : "field-group interpreter-languages"
      }
      aria-describedby={error ? errorId : undefined}
      data-field="languages"
    >
      <legend>{t("admin.interpreterLanguages")}</legend>
      <p className="hint">{t("admin.interpreterLanguagesHint")}</p>
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
      {interpretableLanguages(directoryLanguages).map((code) => {
        const dialects = languages[code];
        const checkboxId = `${id}-${code}`;
        return (
          <div key={code} className="interpreter-language">
            <span className="checkbox-inline">
              <input
                type="checkbox"
                id={checkboxId}
                checked={dialects !== undefined}
                onChange={(event) => onChange(withLanguage(languages, code, event.target.checked))}
              />
              <label htmlFor={checkboxId}>{languageName(code, i18n.language)}</label>
            </span>
            {dialects !== undefined && (
              <DialectsInput
                language={code}
                dialects={dialects}
                onChange={(list) => onChange({ ...languages, [code]: list })}
              />
            )}
          </div>
        );
      })}
    </fieldset>
  );
}

/**
 * Dialects typed as a comma-separated list. The text is kept as typed (a trailing comma
 * while typing the next one stays), and the list is taken from it on every change.
 */
function DialectsInput({
  language,
  dialects,
  onChange,
}: {
  language: DirectoryLanguage;
  dialects: readonly string[];
  onChange: (dialects: string[]) => void;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [text, setText] = useState(dialects.join(", "));
  return (
    <span className="dialects">
      <label htmlFor={id}>{t("admin.dialectsOf", { language: languageName(language, i18n.language) })}</label>
      <input
        id={id}
        type="text"
        autoComplete="off"
        placeholder={t("admin.dialectsPlaceholder")}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          onChange(dialectsOf(event.target.value));
        }}
      />
    </span>
  );
}
