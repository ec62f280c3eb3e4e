import { type AppointmentClient } from "@counselling/contracts";
import {
  isPersonalDataErased,
  type PersonalDataCipher,
  type PhoneIndexOf,
} from "../ports/personal-data.port";

/** What notify may do with a client named (sealed) in an event. */
export interface OpenedClient {
  /** The client's key is shredded: nothing opens, nothing is sent. */
  erased: boolean;
  /** Keyed hash of their phone, null without one. */
  phoneIndex: string | null;
  /** Name and phone in clear, only when the client agreed to texts and gave a number. */
  textable: { name: string; phone: string } | null;
}

export interface ClientOpening {
  cipher: PersonalDataCipher;
  phoneIndex: PhoneIndexOf;
}

/**
 * Opens what notify needs of a client, sealed with their key (`clientId`, ADR 0011): the
 * phone for its index and the text, the name only when a text will be written. An erased
 * client (key shredded) is reported, never thrown: a late or redelivered event for them is
 * skipped, not retried or dead-lettered.
 */
export async function openClient(opening: ClientOpening, client: AppointmentClient): Promise<OpenedClient> {
  try {
    const phone = client.sealedPhone
      ? await opening.cipher.decrypt(client.clientId, client.sealedPhone)
      : null;
    const phoneIndex = phone ? opening.phoneIndex.of(phone) : null;
    if (!phone || !client.smsConsent) return { erased: false, phoneIndex, textable: null };
    const name = await opening.cipher.decrypt(client.clientId, client.sealedName);
    return { erased: false, phoneIndex, textable: { name, phone } };
  } catch (error) {
    if (isPersonalDataErased(error)) return { erased: true, phoneIndex: null, textable: null };
    throw error;
  }
}
