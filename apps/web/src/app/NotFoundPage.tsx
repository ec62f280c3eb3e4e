import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { FocusHeading } from "../ui/FocusHeading";

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <FocusHeading>{t("app.notFound")}</FocusHeading>
      <p>
        <Link to="/">{t("app.home")}</Link>
      </p>
    </>
  );
}
