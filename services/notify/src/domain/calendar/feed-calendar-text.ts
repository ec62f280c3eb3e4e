import { type AppointmentDetails } from "@counselling/contracts";
import { type AppointmentStatus } from "../appointments/appointment-status";

const statusLabel: Record<AppointmentStatus, string> = {
  booked: "gebucht",
  rescheduled: "verschoben",
  cancelled: "abgesagt",
  checked_in: "angekommen",
  no_show: "nicht erschienen",
  completed: "abgeschlossen",
};

const channelLabel: Record<AppointmentDetails["channel"], string> = {
  in_person: "vor Ort",
  phone: "Telefon",
  video: "Video",
};

export interface FeedEventText {
  summary: string;
  location: string | null;
  description: string;
}

/**
 * An entry of a staff feed (counsellor or location). It carries no client data at all:
 * no name, phone or language, no service name. A subscribed feed is synced by calendar
 * apps into their providers' clouds (often outside the EU, DSG-EKD § 10), shown on lock
 * screens and shared calendars, and its URL is a bearer secret that leaks with the
 * device; the appointment id leads staff to the client inside the app, behind sign-in
 * and audit (docs/adr/0024).
 */
export function feedEventText(details: AppointmentDetails, status: AppointmentStatus): FeedEventText {
  const summary =
    status === "booked" || status === "rescheduled" ? "Termin" : `Termin (${statusLabel[status]})`;
  const description = [
    `Termin-ID: ${details.appointmentId}`,
    `Status: ${statusLabel[status]}`,
    `Art: ${channelLabel[details.channel]}`,
  ].join("\n");
  return { summary, location: details.roomId ? `Raum ${details.roomId}` : null, description };
}
