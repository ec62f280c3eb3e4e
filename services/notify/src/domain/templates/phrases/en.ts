import { type Phrases } from "./phrases";

export const en: Phrases = {
  hello: (name) => `Hello ${name}.`,
  appointment: (service) => (service ? `Your appointment at ${service}` : "Your appointment"),
  when: (date, time) => `${date} at ${time}`,
  booked: (what, when) => `${what} is on ${when}.`,
  moved: (what, when) => `${what} has moved. The new time is ${when}.`,
  cancelled: (what, when) => `${what} on ${when} is cancelled.`,
  reminder: (what, when) => `This is a reminder. ${what} is on ${when}.`,
  referred: (what, when) => `We have referred you to another service. ${what} is on ${when}.`,
  offer: (when) => `An appointment is free now: ${when}.`,
  offerBook: (expires, url) => `Do you want it? Book it by ${expires} here: ${url}`,
  place: (name, address) => `Place: ${name ? `${name}, ` : ""}${address}.`,
  byPhone: "We will call you.",
  byVideo: "The appointment is by video.",
  replyOptions: "Please reply: 1 = I will come. 2 = Cancel. 3 = Please call me.",
  calendar: (url) => `For your calendar: ${url}`,
  manage: (url) => `Change the appointment: ${url}`,
  rebook: "Do you want a new appointment? Reply 3.",
};
