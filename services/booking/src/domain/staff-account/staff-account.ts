import { StaffPrincipalSchema } from "@counselling/platform";
import { z } from "zod";

/**
 * A staff member's sign-in: a username, a password hash and the principal their tokens
 * carry (role within one organisation, optionally some locations). A production network
 * would sign in through its identity provider instead; the tokens stay the same.
 */
export const StaffAccountSchema = z.object({
  username: z.string().trim().toLowerCase().min(3).max(80),
  passwordHash: z.string().startsWith("scrypt$"),
  principal: StaffPrincipalSchema,
  displayName: z.string().min(1),
});

export type StaffAccount = z.infer<typeof StaffAccountSchema>;
