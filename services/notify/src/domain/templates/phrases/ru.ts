import { type Phrases } from "./phrases";

export const ru: Phrases = {
  hello: (name) => `Здравствуйте, ${name}.`,
  appointment: (service) => (service ? `Ваша запись в ${service}` : "Ваша запись"),
  when: (date, time) => `${date} в ${time}`,
  booked: (what, when) => `${what}: ${when}.`,
  moved: (what, when) => `${what} перенесена. Новое время: ${when}.`,
  cancelled: (what, when) => `${what} на ${when} отменена.`,
  reminder: (what, when) => `Напоминаем. ${what}: ${when}.`,
  referred: (what, when) => `Мы направили вас в другую службу. ${what}: ${when}.`,
  offer: (when) => `Освободилось время: ${when}.`,
  offerBook: (expires, url) => `Хотите его? Забронируйте до ${expires} здесь: ${url}`,
  place: (name, address) => `Место: ${name ? `${name}, ` : ""}${address}.`,
  byPhone: "Мы вам позвоним.",
  byVideo: "Встреча пройдёт по видеосвязи.",
  replyOptions: "Ответьте: 1 = Я приду. 2 = Отменить. 3 = Позвоните мне, пожалуйста.",
  calendar: (url) => `Для вашего календаря: ${url}`,
  manage: (url) => `Изменить запись: ${url}`,
  rebook: "Нужна новая запись? Отправьте 3.",
};
