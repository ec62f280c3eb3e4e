import { useTranslation } from "react-i18next";
import { languageName } from "../../i18n/format-date-time";
import { TextAreaField } from "../../ui/TextAreaField";
import { TextField } from "../../ui/TextField";
import type { MultilingualText } from "./directory-edits";
import {
  optionalTextLanguages,
  optionalTranslationCount,
  requiredTextLanguages,
  type TextLanguage,
  withTranslation,
} from "./multilingual-text";
import { useFieldError } from "./problems-context";

interface TranslationFieldsProps {
  /** What the text is ("Name", "Description in plain words"). */
  legend: string;
  hint?: string;
  entryId: string;
  /** The entry's field ("description"); each language is a field below it ("description.ar"). */
  field: string;
  text: MultilingualText;
  onChange: (text: MultilingualText) => void;
  multiline?: boolean;
}

/**
 * A text in several languages: German and English always (booking needs both), the other
 * languages of the app behind "more languages", so a long form stays readable on a phone.
 * Each field is marked with its language and direction, so Arabic and Farsi are typed
 * right to left whatever the page's language.
 */
export function TranslationFields({
  legend,
  hint,
  entryId,
  field,
  text,
  onChange,
  multiline,
}: TranslationFieldsProps) {
  const { t } = useTranslation();
  const count = optionalTranslationCount(text);
  const props = { entryId, field, text, onChange, multiline: multiline ?? false };
  return (
    <fieldset className="field-group translations" data-field={field}>
      <legend>{legend}</legend>
      {hint && <p className="hint">{hint}</p>}
      {requiredTextLanguages.map((language) => (
        <TranslationField key={language} language={language} {...props} />
      ))}
      <details className="more-languages">
        <summary>{t("admin.moreLanguages", { filled: count, total: optionalTextLanguages.length })}</summary>
        {optionalTextLanguages.map((language) => (
          <TranslationField key={language} language={language} {...props} />
        ))}
      </details>
    </fieldset>
  );
}

function TranslationField({
  language,
  entryId,
  field,
  text,
  onChange,
  multiline,
}: {
  language: TextLanguage;
  entryId: string;
  field: string;
  text: MultilingualText;
  onChange: (text: MultilingualText) => void;
  multiline: boolean;
}) {
  const { i18n } = useTranslation();
  const error = useFieldError(entryId, `${field}.${language}`);
  const common = {
    label: languageName(language, i18n.language),
    error,
    name: `${field}.${language}`,
    lang: language,
    dir: language === "ar" || language === "fa" ? "rtl" : "ltr",
    value: (text as Partial<Record<string, string>>)[language] ?? "",
  };
  const change = (value: string) => onChange(withTranslation(text, language, value));
  return multiline ? (
    <TextAreaField {...common} onChange={(event) => change(event.target.value)} />
  ) : (
    <TextField {...common} onChange={(event) => change(event.target.value)} />
  );
}
