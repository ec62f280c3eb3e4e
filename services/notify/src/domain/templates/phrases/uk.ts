import { type Phrases } from "./phrases";

export const uk: Phrases = {
  hello: (name) => `Вітаємо, ${name}.`,
  appointment: (service) => (service ? `Ваш запис до ${service}` : "Ваш запис"),
  when: (date, time) => `${date} о ${time}`,
  booked: (what, when) => `${what}: ${when}.`,
  moved: (what, when) => `${what} перенесено. Новий час: ${when}.`,
  cancelled: (what, when) => `${what} на ${when} скасовано.`,
  reminder: (what, when) => `Нагадуємо. ${what}: ${when}.`,
  referred: (what, when) => `Ми направили вас до іншої служби. ${what}: ${when}.`,
  offer: (when) => `Звільнився час: ${when}.`,
  offerBook: (expires, url) => `Хочете його? Забронюйте до ${expires} тут: ${url}`,
  place: (name, address) => `Місце: ${name ? `${name}, ` : ""}${address}.`,
  byPhone: "Ми вам зателефонуємо.",
  byVideo: "Зустріч буде по відеозв'язку.",
  replyOptions: "Дайте відповідь: 1 = Я прийду. 2 = Скасувати. 3 = Зателефонуйте мені, будь ласка.",
  calendar: (url) => `Для вашого календаря: ${url}`,
  manage: (url) => `Змінити запис: ${url}`,
  rebook: "Потрібен новий запис? Надішліть 3.",
};
