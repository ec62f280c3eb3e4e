import { type Language } from "@counselling/contracts";

/**
 * A text "sent" through the dev inbox, the provider for development and demos. It is
 * notify's own collection, so it is sealed like every other record (ADR 0011).
 */
export interface DevInboxRecord {
  /** Notify's message id. */
  _id: string;
  clientId: string;
  sealedTo: string;
  sealedBody: string;
  language: Language;
  receivedAt: Date;
  /**
   * How often the message was handed over. Always 1 unless exactly-once broke:
   * tests count this, and the page shows it.
   */
  handedOver: number;
  personalDataErasedAt: Date | null;
}

/** A dev-inbox text opened for display; null recipient and text once erased. */
export interface OpenedDevInboxText {
  messageId: string;
  to: string | null;
  body: string | null;
  language: Language;
  receivedAt: Date;
  handedOver: number;
}
