import { z } from "zod";

/**
 * GSM 03.38 default alphabet (one septet each) and its extension table (escape
 * + septet: two each). Anything else forces UCS-2 for the whole message.
 */
const GSM7_BASIC = new Set(
  "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà",
);
const GSM7_EXTENSION = new Set("^{}\\[~]|€\f");

export const SmsEncodingSchema = z.enum(["GSM-7", "UCS-2"]);
export type SmsEncoding = z.infer<typeof SmsEncodingSchema>;

export const SmsSizeSchema = z.object({
  encoding: SmsEncodingSchema,
  /** Septets (GSM-7) or UTF-16 code units (UCS-2) the text takes. */
  units: z.number().int().nonnegative(),
  segments: z.number().int().positive(),
});
export type SmsSize = z.infer<typeof SmsSizeSchema>;

/** Single-part capacity and per-part capacity once the user-data header of a concatenated SMS is needed. */
const CAPACITY = {
  "GSM-7": { single: 160, part: 153 },
  "UCS-2": { single: 70, part: 67 },
} as const;

export function encodingOf(text: string): SmsEncoding {
  for (const char of text) {
    if (!GSM7_BASIC.has(char) && !GSM7_EXTENSION.has(char)) return "UCS-2";
  }
  return "GSM-7";
}

/**
 * Encoding, size and number of segments a carrier bills. Multi-part messages
 * never split an escape sequence (GSM-7) or a surrogate pair (UCS-2), so the
 * parts are packed character by character rather than divided.
 */
export function measureSms(text: string): SmsSize {
  const encoding = encodingOf(text);
  // Code points, not graphemes: carriers count each code point (UCS-2: its UTF-16 units).
  const widths = Array.from(text).map((char) =>
    encoding === "GSM-7" ? (GSM7_EXTENSION.has(char) ? 2 : 1) : char.length,
  );
  const units = widths.reduce((sum, width) => sum + width, 0);
  const { single, part } = CAPACITY[encoding];
  if (units <= single) return { encoding, units, segments: 1 };
  let segments = 1;
  let used = 0;
  for (const width of widths) {
    if (used + width > part) {
      segments++;
      used = 0;
    }
    used += width;
  }
  return { encoding, units, segments };
}
