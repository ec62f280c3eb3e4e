import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { chooseLanguage } from "../../i18n/i18n";
import { uiLanguages } from "../../i18n/ui-languages";
import { FocusHeading } from "../../ui/FocusHeading";

/** The first screen: every language named in itself, as big buttons. */
export function LanguagePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <section>
      <FocusHeading>{t("language.heading")}</FocusHeading>
      <p className="hint">{t("language.hint")}</p>
      <ul className="language-list">
        {uiLanguages.map((language) => (
          <li key={language.code}>
            <button
              type="button"
              className="button-choice"
              lang={language.code}
              dir={language.direction}
              onClick={() => {
                void chooseLanguage(language.code).then(() => navigate("/book"));
              }}
            >
              {language.endonym}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
