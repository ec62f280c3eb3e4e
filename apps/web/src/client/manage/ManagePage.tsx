import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useParams } from "react-router";
import { booking } from "../../api/service-clients";
import { ErrorMessage } from "../../ui/ErrorMessage";
import { FocusHeading } from "../../ui/FocusHeading";
import { StatusMessage } from "../../ui/StatusMessage";
import { AppointmentSummary } from "./AppointmentSummary";
import { CancelSection } from "./CancelSection";
import { manageTokenFromHash } from "./manage-link";
import { RescheduleSection } from "./RescheduleSection";

/** Appointments in these states can still be moved or cancelled by the client. */
const changeable = new Set(["booked"]);

/**
 * The client's manage link: what is booked (booking's `appointments.byManageLink`, so it
 * works in any browser, e.g. opened from the SMS), cancel, or move to another time of
 * the same service, office and counsellor. The secret comes from the URL fragment; a
 * move returns a new secret, which replaces it (the old link stops working).
 */
export function ManagePage() {
  const { t } = useTranslation();
  const { appointmentId = "" } = useParams();
  const location = useLocation();
  const queryClient = useQueryClient();
  const [token, setToken] = useState(() => manageTokenFromHash(location.hash));
  // Cancelled on this page: its confirmation stays in view when the status is read again.
  const [cancelledHere, setCancelledHere] = useState(false);
  const appointment = useQuery({
    queryKey: ["appointments.byManageLink", appointmentId, token],
    queryFn: () => booking.appointments.byManageLink.query({ appointmentId, manageToken: token ?? "" }),
    enabled: token !== null,
    retry: false,
    // A move changes the secret (and the key): keep showing the appointment meanwhile.
    placeholderData: keepPreviousData,
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ["appointments.byManageLink"] });

  if (!token) {
    return (
      <section>
        <FocusHeading>{t("manage.heading")}</FocusHeading>
        <p className="alert alert-error" role="alert">
          {t("manage.linkIncomplete")}
        </p>
      </section>
    );
  }

  return (
    <section>
      <FocusHeading>{t("manage.heading")}</FocusHeading>
      {appointment.isPending && <StatusMessage>{t("app.loading")}</StatusMessage>}
      {appointment.isError && (
        <>
          <ErrorMessage error={appointment.error} />
          <p>
            <Link to="/book">{t("manage.bookNew")}</Link>
          </p>
        </>
      )}
      {appointment.isSuccess && (
        <>
          <AppointmentSummary appointment={appointment.data} />
          {cancelledHere || changeable.has(appointment.data.status) ? (
            <>
              <CancelSection
                appointmentId={appointmentId}
                manageToken={token}
                onCancelled={() => {
                  setCancelledHere(true);
                  void refresh();
                }}
              />
              {!cancelledHere && (
                <RescheduleSection
                  appointment={appointment.data}
                  manageToken={token}
                  onMoved={(newToken) => setToken(newToken)}
                />
              )}
            </>
          ) : (
            <p className="notice">
              {t("manage.notChangeable")} <Link to="/book">{t("manage.bookNew")}</Link>
            </p>
          )}
        </>
      )}
    </section>
  );
}
