import { useId } from "react";
import { useTranslation } from "react-i18next";
import { chooseLanguage, currentLanguage } from "../i18n/i18n";
import { isUiLanguage, uiLanguages } from "../i18n/ui-languages";

/** Always at hand in the header: a client who picked the wrong language gets out at once. */
export function LanguageSwitcher() {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="language-switcher">
      <label htmlFor={id}>{t("app.language")}</label>
      <select
        id={id}
        value={currentLanguage()}
        onChange={(event) => {
          if (isUiLanguage(event.target.value)) void chooseLanguage(event.target.value);
        }}
      >
        {uiLanguages.map((language) => (
          <option key={language.code} value={language.code} lang={language.code}>
            {language.endonym}
          </option>
        ))}
      </select>
    </div>
  );
}
