import { type AppointmentDetails, type WaitlistSlotOfferedV1Data } from "@counselling/contracts";
import { measureSms, type SmsSize } from "../sms/sms-encoding";
import { isDiscreet } from "./discretion";
import { formatWhen } from "./format-when";
import { messageLanguageOf, type MessageLanguage, type Phrases, phrasesByLanguage } from "./phrases";
import { placeLine } from "./place-line";
import { type TemplateName } from "./template-name";

type AppointmentTemplate = Exclude<TemplateName, "waitlist_offer">;

export interface AppointmentMessageLinks {
  /** The tokenised .ics of the appointment; omitted in texts that don't need it. */
  calendarUrl?: string;
  manageUrl?: string;
}

/**
 * `clientName` is the opened name: events carry it sealed (ADR 0011), the use case opens it
 * just for this text.
 */
export type SmsTemplateInput = { clientName: string } & (
  | { template: AppointmentTemplate; details: AppointmentDetails; links: AppointmentMessageLinks }
  | { template: "waitlist_offer"; offer: WaitlistSlotOfferedV1Data }
);

export interface RenderedSms {
  body: string;
  language: MessageLanguage;
  discreet: boolean;
  size: SmsSize;
}

/** The text of one SMS in the client's language, discreet where the service asks for it. */
export function renderSms(input: SmsTemplateInput): RenderedSms {
  const client = input.template === "waitlist_offer" ? input.offer.client : input.details.client;
  const service = input.template === "waitlist_offer" ? input.offer.service : input.details.service;
  const language = messageLanguageOf(client.preferredLanguage);
  const discreet = isDiscreet(service, client);
  const phrases = phrasesByLanguage[language];
  const lines =
    input.template === "waitlist_offer"
      ? waitlistLines(phrases, input.offer, language, discreet)
      : appointmentLines(phrases, input, language, discreet);
  const body = [phrases.hello(input.clientName), ...lines].join("\n");
  return { body, language, discreet, size: measureSms(body) };
}

function appointmentLines(
  phrases: Phrases,
  input: Extract<SmsTemplateInput, { details: AppointmentDetails }>,
  language: MessageLanguage,
  discreet: boolean,
): string[] {
  const { details, links } = input;
  const what = phrases.appointment(discreet ? null : details.service.name);
  const when = formatWhen(details.time.startsAt, details.time.timeZone, language);
  const place = placeLine(phrases, details.channel, details.location, discreet);
  const linkLines = [
    links.calendarUrl ? phrases.calendar(links.calendarUrl) : null,
    links.manageUrl ? phrases.manage(links.manageUrl) : null,
  ].filter((line): line is string => line !== null);
  switch (input.template) {
    case "confirmation":
      return [phrases.booked(what, when), place, phrases.replyOptions, ...linkLines];
    case "reschedule":
      return [phrases.moved(what, when), place, phrases.replyOptions, ...linkLines];
    case "referral_scheduled":
      return [phrases.referred(what, when), place, phrases.replyOptions, ...linkLines];
    case "reminder":
      return [phrases.reminder(what, when), place, phrases.replyOptions];
    case "cancellation":
      return [phrases.cancelled(what, when), phrases.rebook];
  }
}

function waitlistLines(
  phrases: Phrases,
  offer: WaitlistSlotOfferedV1Data,
  language: MessageLanguage,
  discreet: boolean,
): string[] {
  return [
    phrases.offer(formatWhen(offer.time.startsAt, offer.time.timeZone, language)),
    placeLine(phrases, "in_person", offer.location, discreet),
    phrases.offerBook(formatWhen(offer.offerExpiresAt, offer.time.timeZone, language), offer.offerUrl),
  ];
}
