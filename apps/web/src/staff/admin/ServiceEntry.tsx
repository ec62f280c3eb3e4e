import { useTranslation } from "react-i18next";
import { isSensitiveKind, textIn } from "../../client/booking/booking-draft";
import { languageName } from "../../i18n/format-date-time";
import { CheckboxField } from "../../ui/CheckboxField";
import { SelectField } from "../../ui/SelectField";
import { CheckboxList } from "./CheckboxList";
import {
  directoryChannels,
  directoryLanguages,
  type DirectoryLocation,
  type DirectoryService,
  type ServiceKind,
} from "./directory-edits";
import { EntryProblems } from "./EntryProblems";
import { useFieldError } from "./problems-context";
import { ServiceTimingFields } from "./ServiceTimingFields";
import { TranslationFields } from "./TranslationFields";

/** Booking's catalogue of service kinds, in its order. */
export const serviceKinds = [
  "adult_migration_counselling",
  "youth_migration_service",
  "respect_coaches",
  "asylum_procedure_counselling",
  "refugee_counselling",
  "family_reunification_counselling",
  "social_care_shared_accommodation",
  "voluntary_return_counselling",
  "psychosocial_centre",
  "integration_offers",
  "volunteer_engagement",
  "intercultural_opening",
] as const satisfies readonly ServiceKind[];

interface ServiceEntryProps {
  service: DirectoryService;
  locations: DirectoryLocation[];
  onChange: (service: DirectoryService) => void;
  onRemove: () => void;
}

/**
 * One service with every field booking keeps: kind, name and plain-language description,
 * offices, languages, ways of talking, timing, referral deadline, group seats, and whether
 * texts about it must be discreet.
 */
export function ServiceEntry({ service, locations, onChange, onRemove }: ServiceEntryProps) {
  const { t, i18n } = useTranslation();
  const id = service.id;
  const change = (patch: Partial<DirectoryService>) => onChange({ ...service, ...patch });
  const name = textIn(service.name, i18n.language);
  const errors = {
    locationIds: useFieldError(id, "locationIds"),
    languages: useFieldError(id, "languages"),
    channels: useFieldError(id, "channels"),
  };
  return (
    <fieldset className="editor-entry" data-entry-id={id} id={`entry-${id}`} tabIndex={-1}>
      <legend>
        <span lang={name.lang}>{name.text || id}</span>
      </legend>
      <EntryProblems entryId={id} />
      <SelectField
        label={t("admin.kind")}
        hint={t("admin.kindHint")}
        name="kind"
        value={service.kind}
        options={serviceKinds.map((value) => ({ value, label: t(`serviceKinds.${value}`) }))}
        onChange={(event) => {
          const kind = serviceKinds.find((value) => value === event.target.value);
          if (kind) change({ kind });
        }}
      />
      <TranslationFields
        legend={t("admin.serviceName")}
        entryId={id}
        field="name"
        text={service.name}
        onChange={(text) => change({ name: text })}
      />
      <TranslationFields
        legend={t("admin.descriptionLegend")}
        hint={t("admin.descriptionHint")}
        entryId={id}
        field="description"
        multiline
        text={service.description}
        onChange={(description) => change({ description })}
      />
      <CheckboxList
        legend={t("admin.offices")}
        name="locationIds"
        error={errors.locationIds}
        options={locations.map((location) => ({ value: location.id, label: location.name }))}
        value={service.locationIds}
        onChange={(locationIds) => change({ locationIds })}
      />
      <CheckboxList
        legend={t("admin.languages")}
        name="languages"
        error={errors.languages}
        options={directoryLanguages.map((code) => ({
          value: code,
          label: languageName(code, i18n.language),
        }))}
        value={service.languages}
        onChange={(languages) => change({ languages })}
      />
      <CheckboxList
        legend={t("admin.channels")}
        name="channels"
        error={errors.channels}
        options={directoryChannels.map((channel) => ({
          value: channel,
          label: t(`place.channel.${channel}`),
        }))}
        value={service.channels}
        onChange={(channels) => change({ channels })}
      />
      <ServiceTimingFields service={service} onChange={change} />
      <CheckboxField
        label={t("admin.sensitive")}
        hint={t("admin.sensitiveHint")}
        checked={service.sensitive ?? isSensitiveKind(service.kind)}
        onChange={(sensitive) => change({ sensitive })}
      />
      <button type="button" className="button-secondary button-small" onClick={onRemove}>
        {t("admin.removeService", { name: name.text || id })}
      </button>
    </fieldset>
  );
}
