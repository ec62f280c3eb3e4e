import { type WaitlistSlotOfferedV1Event } from "@counselling/contracts";
import { renderSms } from "../../domain/templates/render-sms";
import { purposeOf } from "../../domain/templates/template-name";
import { textableClientOf } from "./appointment-message";
import { type SendSmsOnce } from "./send-sms-once.use-case";

/** Texts a waiting client that a slot is free for them (once per offer event). */
export class OfferWaitlistSlot {
  constructor(private readonly sendSms: SendSmsOnce) {}

  async execute(event: WaitlistSlotOfferedV1Event): Promise<void> {
    const offer = event.data;
    const to = textableClientOf(offer);
    if (!to) return;
    const rendered = renderSms({ template: "waitlist_offer", offer });
    await this.sendSms.execute({
      _id: `waitlist_offer:${event.id}`,
      template: "waitlist_offer",
      purpose: purposeOf("waitlist_offer"),
      sourceEventId: event.id,
      appointmentId: null,
      organisationId: offer.organisationId,
      locationId: offer.location.locationId,
      to,
      body: rendered.body,
      language: rendered.language,
      discreet: rendered.discreet,
      encoding: rendered.size.encoding,
      segments: rendered.size.segments,
    });
  }
}
