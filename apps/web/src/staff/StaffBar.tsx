import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { clearStaffSession, type StaffSession } from "../api/staff-session";

/** Who is signed in, and the way out (shared computers at reception). */
export function StaffBar({ session }: { session: StaffSession }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <div className="staff-bar">
      <span>{t("staffLogin.signedInAs", { name: session.displayName })}</span>
      <button
        type="button"
        className="button-secondary"
        onClick={() => {
          clearStaffSession();
          void navigate("/staff/login");
        }}
      >
        {t("staffLogin.signOut")}
      </button>
    </div>
  );
}
