import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { newIdempotencyKey } from "../../api/idempotency-key";
import { referral } from "../../api/service-clients";
import type { Language, ReferrerTimeline, SlotOffer } from "../../api/service-types";
import { SlotPicker } from "../../client/booking/SlotPicker";
import { ErrorMessage } from "../../ui/ErrorMessage";

interface HoldSectionProps {
  timeline: ReferrerTimeline;
  serviceId: string;
  locationId: string | null;
  language: Language | undefined;
}

/**
 * Warm handover: the referrer holds a free time of the receiving service for the client
 * while intake decides; intake's "accept" turns it into the appointment, else it lapses.
 */
export function HoldSection({ timeline, serviceId, locationId, language }: HoldSectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const idempotencyKey = useRef(newIdempotencyKey());
  const hold = useMutation({
    mutationFn: (offer: SlotOffer) =>
      referral.counsellor.requestHold.mutate({
        referralId: timeline.referralId,
        idempotencyKey: idempotencyKey.current,
        serviceId,
        locationId: offer.locationId,
        counsellorId: offer.counsellorId,
        startsAt: offer.start,
        channel: "in_person",
        smsConsent: false,
      }),
    onSuccess: () => {
      setOpen(false);
      void queryClient.invalidateQueries({ queryKey: ["counsellor.timeline", timeline.referralId] });
    },
    onError: () => {
      idempotencyKey.current = newIdempotencyKey();
    },
  });
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("timeline.holdHeading")}</h2>
      <p className="hint">{t("timeline.holdHint")}</p>
      {hold.isError && <ErrorMessage error={hold.error} />}
      {!open ? (
        <button type="button" className="button-secondary" onClick={() => setOpen(true)}>
          {t("timeline.holdOpen")}
        </button>
      ) : (
        <SlotPicker
          search={{ serviceId, locationId, language, channel: "in_person" }}
          disabled={hold.isPending}
          onPick={(offer) => hold.mutate(offer)}
        />
      )}
    </section>
  );
}
