import type { AppointmentClient, AppointmentDetails } from "@counselling/contracts";
import type { Appointment } from "../../domain/appointment/appointment";
import type { PersonalDataSealer } from "../ports/personal-data.port";

/** Name and phone in the clear, for the one answer that needs them. */
export interface OpenedClient {
  displayName: string;
  phone: string | null;
}

/**
 * The client as staff and the client themselves see them in answers: in the clear, as
 * before sealing. Erased data show as `personalDataErased` with an empty name and no
 * phone (the web app's types stay as they were: the name is a string).
 */
export interface ClientView extends OpenedClient {
  clientId: string;
  preferredLanguage: AppointmentClient["preferredLanguage"];
  smsConsent: boolean;
  serviceNameInSms: boolean;
  personalDataErased: boolean;
}

export type AppointmentView = Omit<AppointmentDetails, "client"> & { client: ClientView };

/** Opens a sealed client; null once their key is shredded (erased or anonymised). */
export async function openClient(
  vault: Pick<PersonalDataSealer, "decryptOrNull">,
  client: AppointmentClient,
  erased: boolean,
): Promise<OpenedClient | null> {
  if (erased) return null;
  const displayName = await vault.decryptOrNull(client.clientId, client.sealedName);
  if (displayName === null) return null;
  const phone =
    client.sealedPhone === null ? null : await vault.decryptOrNull(client.clientId, client.sealedPhone);
  return { displayName, phone };
}

export function clientViewOf(client: AppointmentClient, opened: OpenedClient | null): ClientView {
  return {
    clientId: client.clientId,
    displayName: opened?.displayName ?? "",
    phone: opened?.phone ?? null,
    preferredLanguage: client.preferredLanguage,
    smsConsent: client.smsConsent,
    serviceNameInSms: client.serviceNameInSms,
    personalDataErased: opened === null,
  };
}

export function appointmentViewOf(details: AppointmentDetails, opened: OpenedClient | null): AppointmentView {
  return { ...details, client: clientViewOf(details.client, opened) };
}

/** Appointments as answers show them: the client opened with the appointment's key. */
export class AppointmentViews {
  constructor(private readonly vault: Pick<PersonalDataSealer, "decryptOrNull">) {}

  async of(appointment: Pick<Appointment, "details" | "personalDataErasedAt">): Promise<AppointmentView> {
    const opened = await openClient(
      this.vault,
      appointment.details.client,
      appointment.personalDataErasedAt !== null,
    );
    return appointmentViewOf(appointment.details, opened);
  }
}
