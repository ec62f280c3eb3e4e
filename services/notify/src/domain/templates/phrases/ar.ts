import { type Phrases } from "./phrases";

export const ar: Phrases = {
  hello: (name) => `مرحباً ${name}.`,
  appointment: (service) => (service ? `موعدك في ${service}` : "موعدك"),
  when: (date, time) => `${date}، الساعة ${time}`,
  booked: (what, when) => `${what} يوم ${when}.`,
  moved: (what, when) => `تم تغيير ${what}. الموعد الجديد يوم ${when}.`,
  cancelled: (what, when) => `تم إلغاء ${what} يوم ${when}.`,
  reminder: (what, when) => `هذا تذكير. ${what} يوم ${when}.`,
  referred: (what, when) => `قمنا بتحويلك إلى خدمة أخرى. ${what} يوم ${when}.`,
  offer: (when) => `يوجد موعد متاح الآن: ${when}.`,
  offerBook: (expires, url) => `هل تريده؟ احجزه قبل ${expires} من هنا: ${url}`,
  place: (name, address) => `المكان: ${name ? `${name}، ` : ""}${address}.`,
  byPhone: "سنتصل بك.",
  byVideo: "الموعد عبر الفيديو.",
  replyOptions: "أرسل: 1 = سأحضر. 2 = إلغاء الموعد. 3 = اتصلوا بي من فضلكم.",
  calendar: (url) => `لإضافته إلى التقويم: ${url}`,
  manage: (url) => `لتغيير الموعد: ${url}`,
  rebook: "هل تريد موعداً جديداً؟ أرسل 3.",
};
