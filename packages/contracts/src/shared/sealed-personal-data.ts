import { z } from "zod";

/**
 * Personal data sealed with the client's own data key (platform's PersonalDataVault,
 * AES-256-GCM, ADR 0010/0011): `pd1:<base64url>`. Events and documents carry names, phone
 * numbers and notes only in this form, so shredding the client's key makes every copy
 * unreadable — including messages still within Kafka's retention. The key id is the
 * `clientId` named beside the sealed value.
 */
export const SealedPersonalDataSchema = z
  .string()
  .regex(/^pd1:[A-Za-z0-9_-]+$/, "must be sealed personal data (pd1:…)")
  .describe("Personal data encrypted with the client's data key; never plaintext.");

export type SealedPersonalData = z.infer<typeof SealedPersonalDataSchema>;

/**
 * Keyed hash (HMAC-SHA256, hex) of a client's E.164 phone number: lets every service find
 * the documents of the person a data protection officer names, without storing the number
 * in the clear. Removed from a document when its personal data are erased.
 */
export const PhoneIndexSchema = z.string().regex(/^[0-9a-f]{64}$/, "must be a phone index (64 hex digits)");

export type PhoneIndex = z.infer<typeof PhoneIndexSchema>;
