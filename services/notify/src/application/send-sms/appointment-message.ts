import { type AppointmentDetails } from "@counselling/contracts";
import { renderSms, type AppointmentMessageLinks } from "../../domain/templates/render-sms";
import { purposeOf, type TemplateName } from "../../domain/templates/template-name";
import { type NewMessage } from "../ports/message-record";

/** A message about an appointment, rendered and measured, ready to be sealed and recorded as an intent. */
export function appointmentMessage(input: {
  messageId: string;
  template: Exclude<TemplateName, "waitlist_offer">;
  sourceEventId: string;
  details: AppointmentDetails;
  /** The client's name and number, opened for this text only. */
  recipient: { name: string; phone: string };
  links: AppointmentMessageLinks;
}): NewMessage {
  const { details } = input;
  const rendered = renderSms({
    template: input.template,
    clientName: input.recipient.name,
    details,
    links: input.links,
  });
  return {
    _id: input.messageId,
    template: input.template,
    purpose: purposeOf(input.template),
    sourceEventId: input.sourceEventId,
    appointmentId: details.appointmentId,
    organisationId: details.organisationId,
    locationId: details.location.locationId,
    clientId: details.client.clientId,
    serviceKind: details.service.kind,
    endsAt: new Date(details.time.endsAt),
    to: input.recipient.phone,
    body: rendered.body,
    language: rendered.language,
    discreet: rendered.discreet,
    encoding: rendered.size.encoding,
    segments: rendered.size.segments,
  };
}
