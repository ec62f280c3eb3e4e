import { type WaitlistSlotOfferedV1Event } from "@counselling/contracts";
import { renderSms } from "../../domain/templates/render-sms";
import { purposeOf } from "../../domain/templates/template-name";
import { type ClientOpening, openClient } from "./open-client";
import { type SendSmsOnce } from "./send-sms-once.use-case";

/**
 * Texts a waiting client that a slot is free for them (once per offer event). The text is
 * sealed with the waitlist entry's key, the one the offer carries the client's data under.
 */
export class OfferWaitlistSlot {
  constructor(private readonly deps: ClientOpening & { sendSms: SendSmsOnce }) {}

  async execute(event: WaitlistSlotOfferedV1Event): Promise<void> {
    const offer = event.data;
    const messageId = `waitlist_offer:${event.id}`;
    const client = await openClient(this.deps, offer.client);
    if (client.erased) this.deps.sendSms.skip(messageId, "personal_data_erased");
    if (!client.textable) return;
    const rendered = renderSms({ template: "waitlist_offer", clientName: client.textable.name, offer });
    await this.deps.sendSms.execute({
      _id: messageId,
      template: "waitlist_offer",
      purpose: purposeOf("waitlist_offer"),
      sourceEventId: event.id,
      appointmentId: null,
      organisationId: offer.organisationId,
      locationId: offer.location.locationId,
      clientId: offer.client.clientId,
      serviceKind: offer.service.kind,
      endsAt: new Date(offer.time.endsAt),
      to: client.textable.phone,
      body: rendered.body,
      language: rendered.language,
      discreet: rendered.discreet,
      encoding: rendered.size.encoding,
      segments: rendered.size.segments,
    });
  }
}
