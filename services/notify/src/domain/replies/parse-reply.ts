import { type SmsReplyIntent } from "@counselling/contracts";
import { phrasesByLanguage, type MessageLanguage } from "../templates/phrases";
import { replyVocabulary } from "./reply-vocabulary";

const DIGIT_INTENTS: Record<string, SmsReplyIntent> = { "1": "confirm", "2": "cancel", "3": "callback" };

/**
 * Text as compared: compatibility forms folded (full-width digits), Arabic-Indic
 * and Persian digits made ASCII, Arabic and Persian letter variants unified
 * (alef forms, yeh, kaf, teh marbuta; tatweel, harakat and zero-width joiners
 * dropped), Latin accents and case folded, punctuation and emoji to spaces.
 */
export function normaliseReply(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[\u0660-\u0669]/g, (digit) => String(digit.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (digit) => String(digit.charCodeAt(0) - 0x06f0))
    .replace(/[\u0622\u0623\u0625\u0671]/g, "\u0627")
    .replace(/[\u06cc\u0649]/g, "\u064a")
    .replace(/\u06a9/g, "\u0643")
    .replace(/\u0629/g, "\u0647")
    .replace(/\u0640|[\u064b-\u065f]|\u0670|\u200c|\u200d|\u200e|\u200f/g, "")
    .toLocaleLowerCase("und")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

interface Phrase {
  words: string;
  intent: SmsReplyIntent;
}

/** Every language's phrases, longest first, so "ich komme nicht" wins over "ich komme". */
const phrases: Phrase[] = (Object.keys(phrasesByLanguage) as MessageLanguage[])
  .flatMap((language) =>
    (["confirm", "cancel", "callback"] as const).flatMap((intent) =>
      replyVocabulary[language][intent].map((words) => ({ words: normaliseReply(words), intent })),
    ),
  )
  .sort((a, b) => b.words.length - a.words.length);

/**
 * The intent of a client's reply: a leading 1, 2 or 3 in any digits, or the
 * words for yes, cancel or call-back in any of our languages (a client may
 * answer in another language than the one we wrote in). Anything else is
 * "unknown" and reaches reception with the rest of the replies.
 */
export function parseReply(text: string): SmsReplyIntent {
  const normalised = normaliseReply(text);
  const first = normalised.split(" ")[0] ?? "";
  if (/^\d+$/.test(first)) return DIGIT_INTENTS[first] ?? "unknown";
  const match = phrases.find(
    (phrase) => normalised === phrase.words || normalised.startsWith(`${phrase.words} `),
  );
  return match?.intent ?? "unknown";
}
