import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { BookableService, Channel, SlotOffer } from "../../api/service-types";
import { formatDateTime } from "../../i18n/format-date-time";
import { textIn } from "./booking-draft";

interface OfferSummaryProps {
  service: BookableService;
  channel: Channel;
  offer: SlotOffer;
}

/** What is about to be booked, so the client checks it before sending their details. */
export function OfferSummary({ service, channel, offer }: OfferSummaryProps) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const location = service.locations.find((entry) => entry.id === offer.locationId);
  const name = textIn(service.name, i18n.language);
  return (
    <section className="summary" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("details.yourAppointment")}</h2>
      <dl>
        <dt>{t("confirmation.service")}</dt>
        <dd lang={name.lang} dir="auto">
          {name.text}
        </dd>
        <dt>{t("confirmation.when")}</dt>
        <dd>{formatDateTime(offer.start, i18n.language)}</dd>
        <dt>{t("confirmation.how")}</dt>
        <dd>
          {t(`place.channel.${channel}`)}
          {offer.interpreterNeeded && ` · ${t("times.withInterpreter")}`}
        </dd>
        {channel === "in_person" && location && (
          <>
            <dt>{t("confirmation.where")}</dt>
            <dd>
              {location.name}
              <br />
              <span dir="ltr">
                {location.address.street}, {location.address.postalCode} {location.address.city}
              </span>
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}
