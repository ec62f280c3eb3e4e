import type { BookedAppointment, Language } from "../../api/service-types";

/**
 * What the manage page needs to offer new times: service, office, counsellor, channel,
 * language and the current time. Booking has no public "appointment by manage link" query
 * yet, so this is kept for the browser tab that booked (sessionStorage: gone when the tab
 * closes, nothing left on a shared phone). A link opened from the SMS elsewhere can cancel,
 * and moving falls back to "cancel and book anew".
 * TODO: replace with booking's `appointments.byManageLink` once it exists.
 */
export interface ManageContext {
  appointmentId: string;
  serviceId: string;
  locationId: string;
  counsellorId: string;
  channel: BookedAppointment["channel"];
  language: Language;
  startsAt: string;
}

const keyOf = (appointmentId: string) => `counselling.manage.${appointmentId}`;

export function rememberManageContext(appointment: BookedAppointment): void {
  const context: ManageContext = {
    appointmentId: appointment.appointmentId,
    serviceId: appointment.service.serviceId,
    locationId: appointment.location.locationId,
    counsellorId: appointment.counsellorId,
    channel: appointment.channel,
    language: appointment.client.preferredLanguage,
    startsAt: appointment.time.startsAt,
  };
  sessionStorage.setItem(keyOf(appointment.appointmentId), JSON.stringify(context));
}

export function recallManageContext(appointmentId: string): ManageContext | null {
  const stored = sessionStorage.getItem(keyOf(appointmentId));
  return stored ? (JSON.parse(stored) as ManageContext) : null;
}

export function updateManageContext(appointmentId: string, startsAt: string): void {
  const context = recallManageContext(appointmentId);
  if (context) sessionStorage.setItem(keyOf(appointmentId), JSON.stringify({ ...context, startsAt }));
}

/** The client's manage link on this site; the secret after `#` never reaches a server. */
export function manageUrlOf(appointmentId: string, manageToken: string): string {
  return `${window.location.origin}/manage/${encodeURIComponent(appointmentId)}#${manageToken}`;
}
