import { useTranslation } from "react-i18next";
import type { BookingResult } from "../../api/service-types";
import { formatDateTime } from "../../i18n/format-date-time";
import { FocusHeading } from "../../ui/FocusHeading";
import { ManageLinkBox } from "./ManageLinkBox";
import { manageUrlOf } from "./manage-url";

interface ConfirmationViewProps {
  result: Pick<BookingResult, "appointment" | "manageToken">;
  /** Absent: no "book another" button (e.g. after taking a waitlist offer). */
  onBookAnother?: () => void;
}

/**
 * The booked appointment: when, where, how, the manage link and a calendar download. Notify
 * serves the appointment's .ics to the manage link's secret as well as to the SMS's own
 * calendar token, so the download works without the SMS.
 */
export function ConfirmationView({ result, onBookAnother }: ConfirmationViewProps) {
  const { t, i18n } = useTranslation();
  const { appointment, manageToken } = result;
  const sms = appointment.client.smsConsent && appointment.client.phone !== null;

  return (
    <section className="confirmation">
      <FocusHeading>{t("confirmation.heading")}</FocusHeading>
      <dl className="summary">
        <dt>{t("confirmation.when")}</dt>
        <dd data-testid="confirmed-time">{formatDateTime(appointment.time.startsAt, i18n.language)}</dd>
        <dt>{t("confirmation.how")}</dt>
        <dd>{t(`place.channel.${appointment.channel}`)}</dd>
        {appointment.channel === "in_person" && (
          <>
            <dt>{t("confirmation.where")}</dt>
            <dd>
              {appointment.location.name}
              <br />
              <span dir="ltr">
                {appointment.location.address.street}, {appointment.location.address.postalCode}{" "}
                {appointment.location.address.city}
              </span>
            </dd>
          </>
        )}
      </dl>
      <p className="notice">{sms ? t("confirmation.smsComing") : t("confirmation.noSms")}</p>
      {manageToken ? (
        <>
          <ManageLinkBox url={manageUrlOf(appointment.appointmentId, manageToken)} />
          <p>
            <a
              className="button-secondary"
              href={calendarUrlOf(appointment.appointmentId, manageToken)}
              download="appointment.ics"
            >
              {t("confirmation.addToCalendar")}
            </a>
          </p>
        </>
      ) : (
        // A replayed booking (the answer to the first try was lost) carries no secret any more.
        <p className="notice">{t("confirmation.manageLinkBySms")}</p>
      )}
      {onBookAnother && (
        <button type="button" className="button-secondary" onClick={onBookAnother}>
          {t("confirmation.bookAnother")}
        </button>
      )}
    </section>
  );
}

/** The appointment's calendar file at notify (through the web app's /api proxy). */
function calendarUrlOf(appointmentId: string, manageToken: string): string {
  return `/api/notify/calendar/appointments/${encodeURIComponent(appointmentId)}.ics?token=${encodeURIComponent(manageToken)}`;
}
