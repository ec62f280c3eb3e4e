import type { ReactNode } from "react";
import { Navigate, useLocation } from "react-router";
import { readStaffSession } from "../../api/staff-session";

/** Staff pages need a sign-in; the login page comes back here afterwards. */
export function RequireStaff({ children }: { children: ReactNode }) {
  const location = useLocation();
  if (!readStaffSession()) {
    return <Navigate to="/staff/login" replace state={{ from: `${location.pathname}${location.search}` }} />;
  }
  return children;
}
