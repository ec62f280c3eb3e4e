import type { Language } from "../../api/service-types";

/** A client at the desk, as walk-in and waitlist forms collect them. */
export interface DeskClient {
  displayName: string;
  phone: string;
  preferredLanguage: Language;
  smsConsent: boolean;
  interpreterNeeded: boolean;
}

export function emptyDeskClient(language: Language): DeskClient {
  return {
    displayName: "",
    phone: "",
    preferredLanguage: language,
    smsConsent: false,
    interpreterNeeded: false,
  };
}

/** The client as booking's procedures take it. */
export function toBookingClient(client: DeskClient) {
  const phone = client.phone.trim() || null;
  return {
    displayName: client.displayName.trim(),
    phone,
    preferredLanguage: client.preferredLanguage,
    smsConsent: client.smsConsent && phone !== null,
    serviceNameInSms: false,
    interpreterNeeded: client.interpreterNeeded,
  };
}
