import type { StaffTokens } from "../auth/staff-tokens";
import { procedure } from "./trpc";

/**
 * Procedures for signed-in staff: the bearer token is verified before the
 * procedure runs (401 otherwise) and the principal is in `ctx.staff`. Role and
 * scope are checked where the scope is known, with `authorizeStaff`.
 */
export function createStaffProcedure(tokens: StaffTokens) {
  return procedure.use(async ({ ctx, next }) => {
    const staff = await tokens.verify(ctx.bearerToken);
    return next({ ctx: { ...ctx, staff } });
  });
}
