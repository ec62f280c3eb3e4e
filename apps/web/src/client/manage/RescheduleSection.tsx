import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { booking } from "../../api/service-clients";
import type { SlotOffer } from "../../api/service-types";
import { formatDateTime } from "../../i18n/format-date-time";
import { ErrorMessage } from "../../ui/ErrorMessage";
import { FocusHeading } from "../../ui/FocusHeading";
import { type ManageContext, manageUrlOf, updateManageContext } from "../booking/manage-context";
import { ManageLinkBox } from "../booking/ManageLinkBox";
import { SlotPicker } from "../booking/SlotPicker";

interface RescheduleSectionProps {
  appointmentId: string;
  manageToken: string;
  context: ManageContext | null;
  onMoved: (newToken: string) => void;
}

/** Another time with the same counsellor at the same office (booking moves only the time). */
export function RescheduleSection({ appointmentId, manageToken, context, onMoved }: RescheduleSectionProps) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const move = useMutation({
    mutationFn: (offer: SlotOffer) =>
      booking.appointments.reschedule.mutate({ appointmentId, manageToken, startsAt: offer.start }),
    onSuccess: (moved) => {
      updateManageContext(appointmentId, moved.appointment.time.startsAt);
      // The fragment carries the new secret, so a reload or a bookmark keeps working.
      window.history.replaceState(window.history.state, "", `#${moved.manageToken}`);
      onMoved(moved.manageToken);
      setOpen(false);
    },
  });

  if (!context) {
    return (
      <p className="notice">
        {t("manage.moveNeedsNewBooking")} <Link to="/book">{t("manage.bookNew")}</Link>
      </p>
    );
  }
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
              serviceId: context.serviceId,
              locationId: context.locationId,
              language: context.language,
              channel: context.channel,
            }}
            accept={(offer) =>
              offer.counsellorId === context.counsellorId && offer.start !== context.startsAt
            }
            disabled={move.isPending}
            onPick={(offer) => move.mutate(offer)}
          />
        </>
      )}
    </div>
  );
}
