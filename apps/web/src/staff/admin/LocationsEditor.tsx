import { useTranslation } from "react-i18next";
import { AddByIdForm } from "./AddByIdForm";
import { type DirectoryLocation, newLocation, removeAt, replaceAt } from "./directory-edits";
import { LocationEntry } from "./LocationEntry";

interface LocationsEditorProps {
  organisationId: string;
  /** A new office starts in the organisation's Land (its holidays), which the admin may change. */
  federalState: DirectoryLocation["federalState"];
  locations: DirectoryLocation[];
  takenIds: ReadonlySet<string>;
  onChange: (locations: DirectoryLocation[]) => void;
}

/**
 * The organisation's offices, each with its address, Land, hours, closed days and access
 * notes; added by id, removed (booking refuses to remove one that appointments ahead use).
 */
export function LocationsEditor({
  organisationId,
  federalState,
  locations,
  takenIds,
  onChange,
}: LocationsEditorProps) {
  const { t } = useTranslation();
  return (
    <>
      {locations.map((location, index) => (
        <LocationEntry
          key={location.id}
          location={location}
          onChange={(changed) => onChange(replaceAt(locations, index, changed))}
          onRemove={() => onChange(removeAt(locations, index))}
        />
      ))}
      <AddByIdForm
        kind="location"
        takenIds={takenIds}
        label={t("admin.locationId")}
        buttonLabel={t("admin.addLocation")}
        onAdd={(id) => onChange([...locations, newLocation(id, organisationId, federalState)])}
      />
    </>
  );
}
