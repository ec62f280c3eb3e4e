/**
 * The sentences of every SMS in one language. Plain language: short sentences,
 * one fact each, the client addressed directly. `what` is the appointment as the
 * subject of a sentence ("Your appointment" or "Your appointment at MBE Halle").
 * Reply digits stay Latin in every script: clients may answer with any digits.
 */
export interface Phrases {
  hello(name: string): string;
  appointment(serviceName: string | null): string;
  when(date: string, time: string): string;
  booked(what: string, when: string): string;
  moved(what: string, when: string): string;
  cancelled(what: string, when: string): string;
  reminder(what: string, when: string): string;
  referred(what: string, when: string): string;
  offer(when: string): string;
  offerBook(expires: string, url: string): string;
  place(name: string | null, address: string): string;
  byPhone: string;
  byVideo: string;
  replyOptions: string;
  calendar(url: string): string;
  manage(url: string): string;
  rebook: string;
}
