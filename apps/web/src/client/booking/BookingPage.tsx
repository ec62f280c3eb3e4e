import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { currentLanguage } from "../../i18n/i18n";
import {
  type BookingDraft,
  type BookingStep,
  emptyContact,
  isBookingStep,
  reachableStep,
} from "./booking-draft";
import { ConfirmationView } from "./ConfirmationView";
import { DetailsStep } from "./DetailsStep";
import { PlaceStep } from "./PlaceStep";
import { ServiceStep } from "./ServiceStep";
import { TimeStep } from "./TimeStep";

const VISIBLE_STEPS = 4;

/**
 * The client's booking, one question per screen (phone first). The step is in the URL
 * (?step=…), so the phone's back button goes one step back instead of leaving the app;
 * the answers stay in memory only: nothing personal is written to the device.
 */
export function BookingPage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const [draft, setDraft] = useState<BookingDraft>(() => ({
    talkLanguage: currentLanguage(),
    service: null,
    channel: null,
    locationId: null,
    offer: null,
    contact: emptyContact,
    result: null,
  }));
  const asked = searchParams.get("step");
  const step = reachableStep(isBookingStep(asked) ? asked : "service", draft);

  const goTo = (next: BookingStep) => setSearchParams({ step: next });
  const update = (change: Partial<BookingDraft>, next: BookingStep) => {
    setDraft((current) => ({ ...current, ...change }));
    goTo(next);
  };

  if (step === "done" && draft.result) {
    return (
      <ConfirmationView
        result={draft.result}
        onBookAnother={() => {
          setDraft((current) => ({ ...current, service: null, channel: null, offer: null, result: null }));
          goTo("service");
        }}
      />
    );
  }

  const stepNumber = { service: 1, place: 2, time: 3, details: 4, done: 4 }[step];
  return (
    <div className="booking-flow">
      <p className="step-indicator">{t("app.stepOf", { current: stepNumber, total: VISIBLE_STEPS })}</p>
      {step === "service" && (
        <ServiceStep
          talkLanguage={draft.talkLanguage}
          onTalkLanguageChange={(talkLanguage) => setDraft((current) => ({ ...current, talkLanguage }))}
          onChoose={(service) => update({ service, channel: null, locationId: null, offer: null }, "place")}
        />
      )}
      {step === "place" && draft.service && (
        <PlaceStep
          service={draft.service}
          initialChannel={draft.channel}
          initialLocationId={draft.locationId}
          onChoose={(channel, locationId) => update({ channel, locationId, offer: null }, "time")}
        />
      )}
      {step === "time" && draft.service && draft.channel && (
        <TimeStep
          service={draft.service}
          channel={draft.channel}
          locationId={draft.locationId}
          talkLanguage={draft.talkLanguage}
          onChoose={(offer) => update({ offer }, "details")}
        />
      )}
      {step === "details" && draft.service && draft.channel && draft.offer && (
        <DetailsStep
          service={draft.service}
          channel={draft.channel}
          offer={draft.offer}
          talkLanguage={draft.talkLanguage}
          contact={draft.contact}
          onContactChange={(contact) => setDraft((current) => ({ ...current, contact }))}
          onBooked={(result) => update({ result }, "done")}
          onSlotGone={() => update({ offer: null }, "time")}
        />
      )}
    </div>
  );
}
