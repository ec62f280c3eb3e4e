import { type Phrases } from "./phrases";

export const fa: Phrases = {
  hello: (name) => `سلام ${name}.`,
  appointment: (service) => (service ? `نوبت شما در ${service}` : "نوبت شما"),
  when: (date, time) => `${date}، ساعت ${time}`,
  booked: (what, when) => `${what} ${when} است.`,
  moved: (what, when) => `${what} تغییر کرد. نوبت جدید ${when} است.`,
  cancelled: (what, when) => `${what} در ${when} لغو شد.`,
  reminder: (what, when) => `این یک یادآوری است. ${what} ${when} است.`,
  referred: (what, when) => `شما را به یک مرکز دیگر معرفی کردیم. ${what} ${when} است.`,
  offer: (when) => `یک نوبت خالی شد: ${when}.`,
  offerBook: (expires, url) => `آن را می‌خواهید؟ تا ${expires} اینجا رزرو کنید: ${url}`,
  place: (name, address) => `محل: ${name ? `${name}، ` : ""}${address}.`,
  byPhone: "ما به شما زنگ می‌زنیم.",
  byVideo: "این نوبت تصویری است.",
  replyOptions: "جواب دهید: 1 = می‌آیم. 2 = لغو نوبت. 3 = لطفاً به من زنگ بزنید.",
  calendar: (url) => `برای تقویم شما: ${url}`,
  manage: (url) => `تغییر نوبت: ${url}`,
  rebook: "نوبت جدید می‌خواهید؟ عدد 3 را بفرستید.",
};
