import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { booking } from "../../api/service-clients";
import type { ManagedAppointment, SlotOffer } from "../../api/service-types";
import { formatDateTime } from "../../i18n/format-date-time";
import { ErrorMessage } from "../../ui/ErrorMessage";
import { FocusHeading } from "../../ui/FocusHeading";
import { manageUrlOf } from "../booking/manage-url";
import { ManageLinkBox } from "../booking/ManageLinkBox";
import { SlotPicker } from "../booking/SlotPicker";

interface RescheduleSectionProps {
  appointment: ManagedAppointment;
  manageToken: string;
  onMoved: (newToken: string) => void;
}

/**
 * Another time of the same service at the same office. Booking moves only the time, so
 * the offers are the same counsellor's (and the interpreter's language stays).
 */
export function RescheduleSection({ appointment, manageToken, onMoved }: RescheduleSectionProps) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const { appointmentId } = appointment;
  const move = useMutation({
    mutationFn: (offer: SlotOffer) =>
      booking.appointments.reschedule.mutate({ appointmentId, manageToken, startsAt: offer.start }),
    onSuccess: (moved) => {
      // The fragment carries the new secret, so a reload or a bookmark keeps working.
      window.history.replaceState(window.history.state, "", `#${moved.manageToken}`);
      setOpen(false);
      onMoved(moved.manageToken);
    },
  });

  return (
    <div className="manage-action">
      {move.isSuccess && (
        <div className="alert alert-success">
          <FocusHeading level={2}>
            {t("manage.moved", { when: formatDateTime(move.data.appointment.time.startsAt, i18n.language) })}
          </FocusHeading>
          <ManageLinkBox url={manageUrlOf(appointmentId, move.data.manageToken)} />
        </div>
      )}
      {!open ? (
        <button type="button" className="button-secondary" onClick={() => setOpen(true)}>
          {t("manage.move")}
        </button>
      ) : (
        <>
          <FocusHeading level={2}>{t("manage.move")}</FocusHeading>
          <p className="hint">{t("manage.moveHint")}</p>
          {move.isError && <ErrorMessage error={move.error} />}
          <SlotPicker
            search={{
              serviceId: appointment.service.serviceId,
              locationId: appointment.location.locationId,
              language: appointment.preferredLanguage,
              channel: appointment.channel,
            }}
            accept={(offer) =>
              offer.counsellorId === appointment.counsellor.id && offer.start !== appointment.time.startsAt
            }
            disabled={move.isPending}
            onPick={(offer) => move.mutate(offer)}
          />
        </>
      )}
    </div>
  );
}
