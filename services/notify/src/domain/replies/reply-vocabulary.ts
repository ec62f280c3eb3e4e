import { type SmsReplyIntent } from "@counselling/contracts";
import { type MessageLanguage } from "../templates/phrases";

type Intent = Exclude<SmsReplyIntent, "unknown">;

/**
 * What clients write instead of a digit, per language, as they type it (the
 * parser normalises spelling variants). "STOP" is deliberately absent: carriers
 * and Twilio treat it as opting out of all SMS, not as cancelling one appointment.
 */
export const replyVocabulary: Record<MessageLanguage, Record<Intent, string[]>> = {
  de: {
    confirm: ["ja", "j", "ok", "okay", "bestätigen", "bestätigt", "ich komme", "komme", "zusage"],
    cancel: ["nein", "n", "absagen", "absage", "stornieren", "ich komme nicht", "komme nicht", "abbrechen"],
    callback: ["anrufen", "bitte anrufen", "rückruf", "ruf mich an", "rufen sie mich an", "bitte rückruf"],
  },
  en: {
    confirm: ["yes", "y", "ok", "okay", "confirm", "confirmed", "i will come", "i'll come", "coming"],
    cancel: ["no", "n", "cancel", "i will not come", "i won't come", "i can't come", "not coming"],
    callback: ["call", "call me", "call back", "callback", "please call", "please call me", "call me back"],
  },
  ar: {
    confirm: ["نعم", "أجل", "ايوه", "أكيد", "موافق", "تأكيد", "أؤكد", "سآتي", "سأحضر", "تمام"],
    cancel: ["لا", "إلغاء", "الغاء", "ألغي", "لن آتي", "لن أحضر"],
    callback: ["اتصل", "اتصلوا", "اتصلوا بي", "اتصل بي", "اتصال", "اتصلو بي"],
  },
  fa: {
    confirm: ["بله", "بلی", "آره", "باشه", "تایید", "تأیید", "می‌آیم", "میام", "قبول"],
    cancel: ["نه", "خیر", "لغو", "کنسل", "نمی‌آیم", "نمیام"],
    callback: ["تماس", "زنگ", "زنگ بزنید", "به من زنگ بزنید", "با من تماس بگیرید", "تماس بگیرید"],
  },
  uk: {
    confirm: ["так", "ок", "підтверджую", "прийду", "я прийду", "добре"],
    cancel: ["ні", "скасувати", "скасуйте", "не прийду", "я не прийду", "відміна"],
    callback: ["зателефонуйте", "подзвоніть", "передзвоніть", "дзвінок", "зателефонуйте мені"],
  },
  ru: {
    confirm: ["да", "ок", "подтверждаю", "приду", "я приду", "хорошо"],
    cancel: ["нет", "отменить", "отмена", "отмените", "не приду", "я не приду"],
    callback: ["позвоните", "перезвоните", "звонок", "позвоните мне", "перезвоните мне"],
  },
  tr: {
    confirm: ["evet", "e", "tamam", "onay", "onaylıyorum", "geleceğim", "gelirim"],
    cancel: ["hayır", "h", "iptal", "gelemeyeceğim", "gelmeyeceğim", "gelemem"],
    callback: ["ara", "arayın", "beni arayın", "geri arama", "beni ara", "arama"],
  },
};
