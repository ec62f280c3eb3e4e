import { z } from "zod";

/**
 * A phone number in E.164 ("+4915112345678"). Only the shape is checked here, so that
 * contracts stay a zod-only leaf; services validate numbers for real with libphonenumber
 * before they publish one.
 */
export const E164PhoneNumberSchema = z.e164();

export type E164PhoneNumber = z.infer<typeof E164PhoneNumberSchema>;
