import { useState } from "react";
import { useTranslation } from "react-i18next";
import { SelectField } from "../../ui/SelectField";
import { AddByIdForm } from "./AddByIdForm";
import {
  type DirectoryLocation,
  type DirectoryService,
  newService,
  removeAt,
  replaceAt,
  type ServiceKind,
} from "./directory-edits";
import { ServiceEntry, serviceKinds } from "./ServiceEntry";

interface ServicesEditorProps {
  organisationId: string;
  services: DirectoryService[];
  locations: DirectoryLocation[];
  takenIds: ReadonlySet<string>;
  onChange: (services: DirectoryService[]) => void;
}

/** The organisation's services: each with all its fields; added by id and kind, removed. */
export function ServicesEditor({
  organisationId,
  services,
  locations,
  takenIds,
  onChange,
}: ServicesEditorProps) {
  const { t, i18n } = useTranslation();
  const [kind, setKind] = useState<ServiceKind>("adult_migration_counselling");
  return (
    <>
      {services.map((service, index) => (
        <ServiceEntry
          key={service.id}
          service={service}
          locations={locations}
          onChange={(changed) => onChange(replaceAt(services, index, changed))}
          onRemove={() => onChange(removeAt(services, index))}
        />
      ))}
      <AddByIdForm
        kind="service"
        takenIds={takenIds}
        label={t("admin.serviceId")}
        buttonLabel={t("admin.addService")}
        onAdd={(id) => {
          // Named after its kind in German and English to start with; the admin rewrites it.
          const name = {
            de: i18n.getFixedT("de")(`serviceKinds.${kind}`),
            en: i18n.getFixedT("en")(`serviceKinds.${kind}`),
          };
          const offices = locations.slice(0, 1).map((location) => location.id);
          onChange([...services, newService(id, organisationId, kind, name, offices)]);
        }}
      >
        <SelectField
          label={t("admin.kindOfNew")}
          value={kind}
          options={serviceKinds.map((value) => ({ value, label: t(`serviceKinds.${value}`) }))}
          onChange={(event) => setKind(serviceKinds.find((value) => value === event.target.value) ?? kind)}
        />
      </AddByIdForm>
    </>
  );
}
