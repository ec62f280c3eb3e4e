/** Where each role starts after signing in (and where "For staff" leads once signed in). */
const homes: Record<string, string> = {
  counsellor: "/staff/counsellor",
  intake: "/staff/intake",
  reception: "/staff/reception",
  admin: "/staff/admin",
  dpo: "/staff/privacy",
};

export function homeOf(role: string): string {
  return homes[role] ?? "/staff/reception";
}
