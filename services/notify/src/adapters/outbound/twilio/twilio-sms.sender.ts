import { type SmsDeliveryStatus } from "@counselling/contracts";
import twilio from "twilio";
import {
  type OutboundSms,
  type ProviderAcceptance,
  type SmsSender,
} from "../../../application/ports/sms-sender.port";
import { RedirectingRequestClient } from "./redirecting-request-client";
import { classifyTwilioError } from "./twilio-error.classification";

export interface TwilioSenderOptions {
  accountSid: string;
  authToken: string;
  /** One of the two: a messaging service (preferred, it picks the sender) or a number. */
  messagingServiceSid?: string;
  fromNumber?: string;
  /** Where Twilio reports delivery; notify's message id is added as a query parameter. */
  statusCallbackUrl: string;
  timeoutMs: number;
  /** Tests only: a local stand-in of api.twilio.com. */
  apiBaseUrl?: string;
}

/** Twilio's many message states folded into the ones our contracts know. */
export function toDeliveryStatus(twilioStatus: string): SmsDeliveryStatus {
  switch (twilioStatus) {
    case "sent":
      return "sent";
    case "delivered":
    case "read":
      return "delivered";
    case "undelivered":
      return "undelivered";
    case "failed":
    case "canceled":
      return "failed";
    default:
      return "queued";
  }
}

/** How far back a lookup reaches before the intent, for clock skew between us and Twilio. */
const LOOKUP_SKEW_MS = 5 * 60_000;

/** SMS through Twilio's Messages API with the official SDK. */
export class TwilioSmsSender implements SmsSender {
  readonly provider = "twilio" as const;
  private readonly client: twilio.Twilio;

  constructor(private readonly options: TwilioSenderOptions) {
    const httpClient = options.apiBaseUrl
      ? new RedirectingRequestClient(options.apiBaseUrl, { timeout: options.timeoutMs })
      : new twilio.RequestClient({ timeout: options.timeoutMs });
    // The SDK's own 429 auto-retry stays off: our use case retries with a lookup first.
    this.client = twilio(options.accountSid, options.authToken, { httpClient, autoRetry: false });
  }

  async send(sms: OutboundSms): Promise<ProviderAcceptance> {
    const callback = new URL(this.options.statusCallbackUrl);
    callback.searchParams.set("messageId", sms.messageId);
    const sender = this.options.messagingServiceSid
      ? { messagingServiceSid: this.options.messagingServiceSid }
      : { from: this.options.fromNumber ?? "" };
    try {
      const message = await this.client.messages.create({
        to: sms.to,
        body: sms.body,
        statusCallback: callback.href,
        ...sender,
      });
      return { providerMessageId: message.sid, status: toDeliveryStatus(message.status) };
    } catch (error) {
      throw classifyTwilioError(error);
    }
  }

  /**
   * Twilio has no idempotency key for messages, so an earlier call is recognised
   * by recipient, exact text and creation time (the text is unique per message:
   * it carries a fresh calendar token or a date). See docs/adr/0022.
   */
  async findSent(sms: OutboundSms): Promise<ProviderAcceptance | null> {
    try {
      const recent = await this.client.messages.list({ to: sms.to, limit: 50 });
      const since = sms.createdAt.getTime() - LOOKUP_SKEW_MS;
      const match = recent.find(
        (message) => message.body === sms.body && message.dateCreated.getTime() >= since,
      );
      return match ? { providerMessageId: match.sid, status: toDeliveryStatus(match.status) } : null;
    } catch (error) {
      throw classifyTwilioError(error);
    }
  }
}
