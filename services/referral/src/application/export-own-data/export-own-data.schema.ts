import { E164PhoneNumberSchema, IdSchema } from "@counselling/contracts";
import { z } from "zod";

/**
 * Whose data a data protection officer asks for: the person's phone number (E.164, found
 * by its phone index) and/or the data key ids known to be theirs (booking names its own
 * and the referral's). At least one.
 */
export const ExportOwnDataInputSchema = z
  .object({
    phone: E164PhoneNumberSchema.optional(),
    clientIds: z.array(IdSchema).max(1000).optional(),
  })
  .refine((input) => input.phone !== undefined || (input.clientIds?.length ?? 0) > 0, {
    message: "Name a phone number or at least one client id",
    path: ["clientIds"],
  });

export type ExportOwnDataInput = z.infer<typeof ExportOwnDataInputSchema>;
