import { type Phrases } from "./phrases";

export const de: Phrases = {
  hello: (name) => `Hallo ${name}.`,
  appointment: (service) => (service ? `Ihr Termin bei ${service}` : "Ihr Termin"),
  when: (date, time) => `${date} um ${time} Uhr`,
  booked: (what, when) => `${what} ist am ${when}.`,
  moved: (what, when) => `${what} ist verschoben. Der neue Termin ist am ${when}.`,
  cancelled: (what, when) => `${what} am ${when} ist abgesagt.`,
  reminder: (what, when) => `Wir erinnern Sie. ${what} ist am ${when}.`,
  referred: (what, when) => `Wir haben Sie weitervermittelt. ${what} ist am ${when}.`,
  offer: (when) => `Ein Termin ist frei geworden: ${when}.`,
  offerBook: (expires, url) => `Möchten Sie ihn? Buchen Sie bis ${expires} hier: ${url}`,
  place: (name, address) => `Ort: ${name ? `${name}, ` : ""}${address}.`,
  byPhone: "Wir rufen Sie an.",
  byVideo: "Der Termin ist per Video.",
  replyOptions: "Antworten Sie: 1 = Ich komme. 2 = Absagen. 3 = Bitte rufen Sie mich an.",
  calendar: (url) => `Für Ihren Kalender: ${url}`,
  manage: (url) => `Termin ändern: ${url}`,
  rebook: "Sie möchten einen neuen Termin? Antworten Sie mit 3.",
};
