import { Navigate } from "react-router";
import { readStaffSession } from "../api/staff-session";
import { homeOf } from "./staff-home";

/** `/staff`: the signed-in member's own start page, else the sign-in. */
export function StaffHome() {
  const session = readStaffSession();
  return <Navigate to={session ? homeOf(session.principal.role) : "/staff/login"} replace />;
}
