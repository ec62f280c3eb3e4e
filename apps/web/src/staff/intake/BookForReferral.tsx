import { useMutation } from "@tanstack/react-query";
import { useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { failureReasonOf } from "../../api/failure-reason";
import { newIdempotencyKey } from "../../api/idempotency-key";
import { booking } from "../../api/service-clients";
import type { ReceiverView, SlotOffer } from "../../api/service-types";
import { SlotPicker } from "../../client/booking/SlotPicker";
import { formatDateTime } from "../../i18n/format-date-time";
import { CheckboxField } from "../../ui/CheckboxField";
import { ErrorMessage } from "../../ui/ErrorMessage";

interface BookForReferralProps {
  view: ReceiverView;
  serviceId: string;
  onBooked: () => void;
}

/**
 * Intake books the client's appointment for the referral: a free time of their service,
 * the client's name and phone from the released contact category only. Booking publishes
 * the appointment with the referral's id, and the referral becomes "scheduled".
 */
export function BookForReferral({ view, serviceId, onBooked }: BookForReferralProps) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const contact = view.sharedData.contact;
  const [smsConsent, setSmsConsent] = useState(Boolean(contact?.phone));
  const idempotencyKey = useRef(newIdempotencyKey());
  const book = useMutation({
    mutationFn: (offer: SlotOffer) => {
      if (!contact) throw new Error("no released contact");
      return booking.appointments.bookForClient.mutate({
        idempotencyKey: idempotencyKey.current,
        serviceId,
        locationId: offer.locationId,
        counsellorId: offer.counsellorId,
        startsAt: offer.start,
        channel: "in_person",
        client: {
          displayName: contact.name,
          phone: contact.phone,
          preferredLanguage: view.communication.language,
          smsConsent: smsConsent && contact.phone !== null,
          serviceNameInSms: false,
          interpreterNeeded: view.communication.interpreterNeeded || offer.interpreterNeeded,
        },
        referralId: view.referralId,
      });
    },
    onSuccess: onBooked,
    onError: (error) => {
      if (failureReasonOf(error) !== "network") idempotencyKey.current = newIdempotencyKey();
    },
  });

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("intakeReferral.bookHeading")}</h2>
      {book.isSuccess ? (
        <p
          className="alert alert-success"
          role="status"
          data-testid="booked-appointment"
          data-appointment-id={book.data.appointment.appointmentId}
          data-starts-at={book.data.appointment.time.startsAt}
        >
          {t("intakeReferral.booked", {
            when: formatDateTime(book.data.appointment.time.startsAt, i18n.language),
          })}
        </p>
      ) : !contact ? (
        <p className="notice">{t("intakeReferral.noContact")}</p>
      ) : (
        <>
          <p className="hint">{t("intakeReferral.bookHint", { name: contact.name })}</p>
          {contact.phone && (
            <CheckboxField
              label={t("intakeReferral.smsConsent")}
              checked={smsConsent}
              onChange={setSmsConsent}
            />
          )}
          {book.isError && <ErrorMessage error={book.error} />}
          <SlotPicker
            search={{
              serviceId,
              locationId: view.to.scope === "organisation" ? view.to.locationId : null,
              language: view.communication.language,
              channel: "in_person",
            }}
            disabled={book.isPending}
            onPick={(offer) => book.mutate(offer)}
          />
        </>
      )}
    </section>
  );
}
