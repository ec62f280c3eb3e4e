import { type SubmitEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { BookableLocation, BookableService, Channel } from "../../api/service-types";
import { FocusHeading } from "../../ui/FocusHeading";
import { RadioGroup } from "../../ui/RadioGroup";
import { textIn } from "./booking-draft";

interface PlaceStepProps {
  service: BookableService;
  initialChannel: Channel | null;
  initialLocationId: string | null;
  onChoose: (channel: Channel, locationId: string | null) => void;
}

/** Step 2: in person (then which office), by phone or by video. A single choice is preselected. */
export function PlaceStep({ service, initialChannel, initialLocationId, onChoose }: PlaceStepProps) {
  const { t } = useTranslation();
  const [channel, setChannel] = useState<Channel | null>(
    initialChannel ?? (service.channels.length === 1 ? (service.channels[0] ?? null) : null),
  );
  const [locationId, setLocationId] = useState<string | null>(
    initialLocationId ?? (service.locations.length === 1 ? (service.locations[0]?.id ?? null) : null),
  );
  // Errors show only after a try, then follow the choices.
  const [tried, setTried] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const needsPlace = channel === "in_person";

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    setTried(true);
    if (!channel || (needsPlace && !locationId)) {
      const firstOpen = channel ? "location" : "channel";
      formRef.current?.querySelector<HTMLInputElement>(`input[name="${firstOpen}"]`)?.focus();
      return;
    }
    onChoose(channel, needsPlace ? locationId : null);
  };

  return (
    <section>
      <FocusHeading>{t("place.heading")}</FocusHeading>
      <form ref={formRef} onSubmit={submit} noValidate>
        <RadioGroup
          legend={t("place.channelLegend")}
          name="channel"
          value={channel}
          error={tried && !channel ? t("place.chooseChannel") : undefined}
          options={service.channels.map((value) => ({ value, label: t(`place.channel.${value}`) }))}
          onChange={(value) => setChannel(service.channels.find((entry) => entry === value) ?? null)}
        />
        {needsPlace && (
          <RadioGroup
            legend={t("place.placeLegend")}
            name="location"
            value={locationId}
            error={tried && !locationId ? t("place.choosePlace") : undefined}
            options={service.locations.map((location) => ({
              value: location.id,
              label: location.name,
              details: <LocationDetails location={location} />,
            }))}
            onChange={setLocationId}
          />
        )}
        {channel && !needsPlace && <p className="hint">{t("place.remoteHint")}</p>}
        <button type="submit" className="button-primary">
          {t("place.continue")}
        </button>
      </form>
    </section>
  );
}

function LocationDetails({ location }: { location: BookableLocation }) {
  const { t, i18n } = useTranslation();
  const transport = location.publicTransportHint ? textIn(location.publicTransportHint, i18n.language) : null;
  return (
    <>
      <span className="address" dir="ltr">
        {location.address.street}, {location.address.postalCode} {location.address.city}
      </span>
      {transport && (
        <span lang={transport.lang} dir="auto">
          {transport.text}
        </span>
      )}
      {location.hasAccessibleRoom && <span>{t("place.wheelchair")}</span>}
    </>
  );
}
