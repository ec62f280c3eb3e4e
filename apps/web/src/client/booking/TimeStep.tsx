import { useTranslation } from "react-i18next";
import type { BookableService, Channel, Language, SlotOffer } from "../../api/service-types";
import { FocusHeading } from "../../ui/FocusHeading";
import { SlotPicker } from "./SlotPicker";

interface TimeStepProps {
  service: BookableService;
  channel: Channel;
  locationId: string | null;
  talkLanguage: Language;
  onChoose: (offer: SlotOffer) => void;
}

/** Step 3: a free time, in Berlin time, grouped by day. */
export function TimeStep({ service, channel, locationId, talkLanguage, onChoose }: TimeStepProps) {
  const { t } = useTranslation();
  return (
    <section>
      <FocusHeading>{t("times.heading")}</FocusHeading>
      <p className="hint">{t("times.hint")}</p>
      <SlotPicker
        search={{ serviceId: service.id, locationId, language: talkLanguage, channel }}
        onPick={onChoose}
      />
    </section>
  );
}
