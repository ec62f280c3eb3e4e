import { type AppointmentDetails } from "@counselling/contracts";
import { renderSms, type AppointmentMessageLinks } from "../../domain/templates/render-sms";
import { purposeOf, type TemplateName } from "../../domain/templates/template-name";
import { type NewMessage } from "../ports/message-record";

/** The client may be texted: they agreed and gave a number. */
export function textableClientOf(details: Pick<AppointmentDetails, "client">): string | null {
  return details.client.smsConsent ? details.client.phone : null;
}

/** A message about an appointment, rendered and measured, ready to be recorded as an intent. */
export function appointmentMessage(input: {
  messageId: string;
  template: Exclude<TemplateName, "waitlist_offer">;
  sourceEventId: string;
  details: AppointmentDetails;
  to: string;
  links: AppointmentMessageLinks;
}): NewMessage {
  const rendered = renderSms({ template: input.template, details: input.details, links: input.links });
  return {
    _id: input.messageId,
    template: input.template,
    purpose: purposeOf(input.template),
    sourceEventId: input.sourceEventId,
    appointmentId: input.details.appointmentId,
    organisationId: input.details.organisationId,
    locationId: input.details.location.locationId,
    to: input.to,
    body: rendered.body,
    language: rendered.language,
    discreet: rendered.discreet,
    encoding: rendered.size.encoding,
    segments: rendered.size.segments,
  };
}
