import { useMutation } from "@tanstack/react-query";
import { type SubmitEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { failureReasonOf } from "../../api/failure-reason";
import { booking } from "../../api/service-clients";
import type { BookableService, BookingResult, Channel, Language, SlotOffer } from "../../api/service-types";
import { CheckboxField } from "../../ui/CheckboxField";
import { ErrorMessage } from "../../ui/ErrorMessage";
import { FocusHeading } from "../../ui/FocusHeading";
import { TextField } from "../../ui/TextField";
import { type ContactDetails, isSensitiveKind } from "./booking-draft";
import { type ContactField, contactErrors, fieldOfReason, slotGoneReasons } from "./contact-validation";
import { newIdempotencyKey } from "../../api/idempotency-key";
import { OfferSummary } from "./OfferSummary";

interface DetailsStepProps {
  service: BookableService;
  channel: Channel;
  offer: SlotOffer;
  talkLanguage: Language;
  contact: ContactDetails;
  onContactChange: (contact: ContactDetails) => void;
  onBooked: (result: BookingResult) => void;
  onSlotGone: () => void;
}

/** Step 4: name and phone (no e-mail), SMS consent, then the booking itself. */
export function DetailsStep(props: DetailsStepProps) {
  const { service, channel, offer, talkLanguage, contact, onContactChange, onBooked, onSlotGone } = props;
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<ContactField, string>>>({});
  // One key per attempt: a retry after a lost answer replays the booking instead of making a second one.
  const idempotencyKey = useRef(newIdempotencyKey());

  const book = useMutation({
    mutationFn: () =>
      booking.appointments.book.mutate({
        idempotencyKey: idempotencyKey.current,
        serviceId: service.id,
        locationId: offer.locationId,
        counsellorId: offer.counsellorId,
        startsAt: offer.start,
        channel,
        client: {
          displayName: contact.displayName.trim(),
          phone: contact.phone.trim() || null,
          preferredLanguage: talkLanguage,
          smsConsent: contact.smsConsent && contact.phone.trim() !== "",
          serviceNameInSms: contact.serviceNameInSms,
          interpreterNeeded: contact.interpreterNeeded || offer.interpreterNeeded,
        },
        referralId: null,
      }),
    onSuccess: onBooked,
    onError: (error) => {
      const reason = failureReasonOf(error);
      // The service answered "no": nothing was booked, so the next try is a new attempt.
      if (reason !== "network" && reason !== "unknown") idempotencyKey.current = newIdempotencyKey();
      const field = fieldOfReason[reason];
      if (field) showFieldErrors({ [field]: `errors.${reason}` });
    },
  });

  const showFieldErrors = (errors: Partial<Record<ContactField, string>>) => {
    setFieldErrors(errors);
    const first = (["displayName", "phone"] as const).find((field) => errors[field]);
    if (first) formRef.current?.querySelector<HTMLInputElement>(`[name="${first}"]`)?.focus();
  };

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const errors = contactErrors(contact);
    showFieldErrors(errors);
    if (Object.keys(errors).length === 0) book.mutate();
  };

  const change = (patch: Partial<ContactDetails>) => {
    onContactChange({ ...contact, ...patch });
    // An error goes away as soon as its field is edited; the next submit checks again.
    setFieldErrors((errors) =>
      Object.fromEntries(Object.entries(errors).filter(([field]) => !(field in patch))),
    );
  };
  const failure = book.isError ? failureReasonOf(book.error) : null;
  const failureIsField = failure !== null && fieldOfReason[failure] !== undefined;

  return (
    <section>
      <FocusHeading>{t("details.heading")}</FocusHeading>
      <OfferSummary service={service} channel={channel} offer={offer} />
      <form ref={formRef} onSubmit={submit} noValidate>
        <TextField
          label={t("details.name")}
          hint={t("details.nameHint")}
          name="displayName"
          autoComplete="given-name"
          required
          value={contact.displayName}
          error={fieldErrors.displayName && t(fieldErrors.displayName)}
          onChange={(event) => change({ displayName: event.target.value })}
        />
        <TextField
          label={t("details.phone")}
          hint={t("details.phoneHint")}
          name="phone"
          type="tel"
          inputMode="tel"
          autoComplete="tel"
          dir="ltr"
          value={contact.phone}
          error={fieldErrors.phone && t(fieldErrors.phone)}
          onChange={(event) => change({ phone: event.target.value })}
        />
        <CheckboxField
          name="smsConsent"
          label={t("details.smsConsent")}
          checked={contact.smsConsent}
          onChange={(smsConsent) => change({ smsConsent })}
        />
        {isSensitiveKind(service.kind) && contact.smsConsent && (
          <CheckboxField
            name="serviceNameInSms"
            label={t("details.serviceNameInSms")}
            hint={t("details.serviceNameInSmsHint")}
            checked={contact.serviceNameInSms}
            onChange={(serviceNameInSms) => change({ serviceNameInSms })}
          />
        )}
        {!offer.interpreterNeeded && (
          <CheckboxField
            name="interpreterNeeded"
            label={t("details.interpreter")}
            checked={contact.interpreterNeeded}
            onChange={(interpreterNeeded) => change({ interpreterNeeded })}
          />
        )}
        {book.isError && !failureIsField && <ErrorMessage error={book.error} />}
        {failure !== null && slotGoneReasons.has(failure) && (
          <button type="button" className="button-secondary" onClick={onSlotGone}>
            {t("manage.move")}
          </button>
        )}
        <button type="submit" className="button-primary" disabled={book.isPending}>
          {book.isPending ? t("details.submitting") : t("details.submit")}
        </button>
      </form>
    </section>
  );
}
