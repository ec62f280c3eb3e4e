/**
 * A phone number as the referral's contact category needs it (E.164), from the ways
 * people write German and international numbers: "0151 2345 6789", "+49 151 …",
 * "0049 151 …". Null when it cannot be one.
 * TODO: libphonenumber-js (as booking uses) once the web app may depend on it.
 */
export function toE164(written: string): string | null {
  const digits = written.replace(/[\s\-/().]/g, "");
  const international = digits.startsWith("00")
    ? `+${digits.slice(2)}`
    : digits.startsWith("0")
      ? `+49${digits.slice(1)}`
      : digits;
  return /^\+[1-9]\d{6,14}$/.test(international) ? international : null;
}
