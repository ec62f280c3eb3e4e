import { type Language, type SmsDeliveryStatus } from "@counselling/contracts";

/**
 * One SMS as handed to a provider, in clear (the provider is our processor); `messageId`
 * is notify's deterministic id, `clientId` the key a provider that stores it seals it with.
 */
export interface OutboundSms {
  messageId: string;
  clientId: string;
  to: string;
  body: string;
  language: Language;
  /** When the intent was recorded: a provider lookup need not look further back. */
  createdAt: Date;
}

export interface ProviderAcceptance {
  providerMessageId: string;
  status: SmsDeliveryStatus;
}

/**
 * The port every SMS provider implements. `send` throws an AppError: retryable
 * (429, 5xx, timeouts, network) or not (invalid number, unsubscribed), with the
 * provider's code in `details.providerCode`. `findSent` answers "did an earlier
 * call that we lost track of reach you?" so that a retry never sends twice.
 */
export interface SmsSender {
  readonly provider: "twilio" | "dev_inbox";
  send(sms: OutboundSms): Promise<ProviderAcceptance>;
  findSent(sms: OutboundSms): Promise<ProviderAcceptance | null>;
}
