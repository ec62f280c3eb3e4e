import type { AppointmentClient, Language, PhoneIndex } from "@counselling/contracts";
import type { PersonalDataSealer, PhoneIndexing } from "../ports/personal-data.port";

/** The client as a booking request brings them: plaintext, the phone already in E.164. */
export interface PlaintextClient {
  displayName: string;
  phone: string | null;
  preferredLanguage: Language;
  smsConsent: boolean;
  serviceNameInSms: boolean;
}

export interface ClientProtection {
  vault: PersonalDataSealer;
  phoneIndex: PhoneIndexing;
}

/**
 * Seals name and phone with the record's own key at the edge (ADR 0011): from here on,
 * documents and events hold only the sealed values; the phone index goes beside them in
 * the document (never into events) so erasure and export can find the person.
 */
export async function sealClient(
  protection: ClientProtection,
  clientId: string,
  client: PlaintextClient,
): Promise<{ client: AppointmentClient; phoneIndex: PhoneIndex | null }> {
  const [sealedName, sealedPhone] = await Promise.all([
    protection.vault.encrypt(clientId, client.displayName),
    client.phone === null ? Promise.resolve(null) : protection.vault.encrypt(clientId, client.phone),
  ]);
  return {
    client: {
      clientId,
      sealedName,
      sealedPhone,
      preferredLanguage: client.preferredLanguage,
      smsConsent: client.smsConsent,
      serviceNameInSms: client.serviceNameInSms,
    },
    phoneIndex: client.phone === null ? null : protection.phoneIndex.of(client.phone),
  };
}

/** Every record has its own data key, named after it (ADR 0011: per record, not per person). */
export function clientIdFor(recordId: string): string {
  return `client-${recordId}`;
}

/** The personal fields a booking request touches, for the access log. */
export function fieldsOf(client: { phone: string | null }): string[] {
  return client.phone === null ? ["name"] : ["name", "phone"];
}
