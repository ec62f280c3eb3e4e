import { useTranslation } from "react-i18next";
import { NavLink, useNavigate } from "react-router";
import { clearStaffSession, type StaffSession } from "../api/staff-session";

/** The pages of each role (admins also see the reception board of their organisation). */
const pagesOf: Record<string, ReadonlyArray<{ to: string; label: string }>> = {
  counsellor: [
    { to: "/staff/counsellor", label: "staffNav.counsellor" },
    { to: "/staff/referrals/new", label: "staffNav.newReferral" },
  ],
  intake: [{ to: "/staff/intake", label: "staffNav.intake" }],
  reception: [{ to: "/staff/reception", label: "staffNav.reception" }],
  admin: [
    { to: "/staff/admin", label: "staffNav.admin" },
    { to: "/staff/reception", label: "staffNav.reception" },
  ],
  dpo: [{ to: "/staff/privacy", label: "staffNav.privacy" }],
};

/** Who is signed in, their pages, and the way out (shared computers at reception). */
export function StaffBar({ session }: { session: StaffSession }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const pages = pagesOf[session.principal.role] ?? [];
  return (
    <div className="staff-bar">
      <span>{t("staffLogin.signedInAs", { name: session.displayName })}</span>
      {pages.length > 1 && (
        <nav aria-label={t("staffNav.label")} className="staff-nav">
          {pages.map((page) => (
            <NavLink key={page.to} to={page.to} end>
              {t(page.label)}
            </NavLink>
          ))}
        </nav>
      )}
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
