import { useTranslation } from "react-i18next";
import { Link, Outlet } from "react-router";
import { LanguageSwitcher } from "./LanguageSwitcher";

/** Header (name, language), the page, and the quiet links for staff and the demo inbox. */
export function Layout() {
  const { t } = useTranslation();
  return (
    <>
      <a className="skip-link" href="#main">
        {t("app.skipToContent")}
      </a>
      <header className="site-header">
        <Link to="/" className="site-name">
          {t("app.name")}
        </Link>
        <LanguageSwitcher />
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <nav aria-label={t("app.forStaff")}>
          <Link to="/staff">{t("app.forStaff")}</Link>
          <Link to="/dev/sms">{t("app.smsInbox")}</Link>
        </nav>
      </footer>
    </>
  );
}
