import type { DirectoryLocation } from "./directory-edits";
import { replaceAt } from "./directory-edits";
import { LocationEntry } from "./LocationEntry";

/** The organisation's offices, each with its address, Land, hours, closed days and access notes. */
export function LocationsEditor({
  locations,
  onChange,
}: {
  locations: DirectoryLocation[];
  onChange: (locations: DirectoryLocation[]) => void;
}) {
  return (
    <>
      {locations.map((location, index) => (
        <LocationEntry
          key={location.id}
          location={location}
          onChange={(changed) => onChange(replaceAt(locations, index, changed))}
        />
      ))}
    </>
  );
}
