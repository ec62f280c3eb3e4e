import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { booking } from "../../api/service-clients";
import type { ManagedAppointment } from "../../api/service-types";
import { formatDateTime } from "../../i18n/format-date-time";
import { textIn } from "../booking/booking-draft";

/** The appointment as it stands at booking: when, how, where, with whom, and its state. */
export function AppointmentSummary({ appointment }: { appointment: ManagedAppointment }) {
  const { t, i18n } = useTranslation();
  // The directory has the service's name in the reader's language; the appointment only the German one.
  const directory = useQuery({
    queryKey: ["directory.services"],
    queryFn: () => booking.directory.services.query({}),
    staleTime: 5 * 60_000,
  });
  const listed = directory.data?.find((entry) => entry.id === appointment.service.serviceId);
  const service = listed
    ? textIn(listed.name, i18n.language)
    : { text: appointment.service.name, lang: "de" };
  const { address } = appointment.location;
  return (
    <dl className="summary">
      <dt>{t("confirmation.when")}</dt>
      <dd data-testid="managed-time">{formatDateTime(appointment.time.startsAt, i18n.language)}</dd>
      <dt>{t("confirmation.service")}</dt>
      <dd lang={service.lang}>{service.text}</dd>
      <dt>{t("confirmation.how")}</dt>
      <dd>{t(`place.channel.${appointment.channel}`)}</dd>
      {appointment.channel === "in_person" && (
        <>
          <dt>{t("confirmation.where")}</dt>
          <dd>
            {appointment.location.name}
            <br />
            <span dir="ltr">
              {address.street}, {address.postalCode} {address.city}
            </span>
          </dd>
        </>
      )}
      {appointment.counsellor.name && (
        <>
          <dt>{t("manage.counsellor")}</dt>
          <dd>{appointment.counsellor.name}</dd>
        </>
      )}
      {appointment.interpreter && (
        <>
          <dt>{t("manage.interpreter")}</dt>
          <dd>{t("manage.interpreterYes")}</dd>
        </>
      )}
      <dt>{t("manage.status")}</dt>
      <dd data-testid="managed-status">
        {t(`manage.statuses.${appointment.status}`, { defaultValue: appointment.status })}
      </dd>
    </dl>
  );
}
