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
 * The booked appointment: when, where, how, and the manage link.
 * TODO(calendar): notify serves the .ics at /api/notify/calendar/appointments/<id>.ics?token=…,
 * but its token only travels in the SMS; a calendar button needs that token in booking's
 * answer (or notify accepting the manage token). Until then the SMS carries the calendar link.
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
        <ManageLinkBox url={manageUrlOf(appointment.appointmentId, manageToken)} />
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
