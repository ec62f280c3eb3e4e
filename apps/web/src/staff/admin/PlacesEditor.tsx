import { useTranslation } from "react-i18next";
import { CheckboxField } from "../../ui/CheckboxField";
import { SelectField } from "../../ui/SelectField";
import { TextField } from "../../ui/TextField";
import {
  type DirectoryLocation,
  type DirectoryRoom,
  newRoomId,
  removeAt,
  replaceAt,
} from "./directory-edits";
import { HoursTable } from "./HoursTable";

/** Each location's opening hours. */
export function LocationsEditor({
  locations,
  onChange,
}: {
  locations: DirectoryLocation[];
  onChange: (locations: DirectoryLocation[]) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      {locations.map((location, index) => (
        <fieldset key={location.id} className="editor-entry" data-entry-id={location.id}>
          <legend>{location.name}</legend>
          <p className="hint" dir="ltr">
            {location.address.street}, {location.address.postalCode} {location.address.city}
          </p>
          <HoursTable
            label={t("admin.openingHoursOf", { name: location.name })}
            hours={location.openingHours}
            onChange={(openingHours) => onChange(replaceAt(locations, index, { ...location, openingHours }))}
          />
        </fieldset>
      ))}
    </>
  );
}

/** Rooms of the organisation's locations: name, capacity, wheelchair access; add and remove. */
export function RoomsEditor({
  rooms,
  locations,
  onChange,
}: {
  rooms: DirectoryRoom[];
  locations: DirectoryLocation[];
  onChange: (rooms: DirectoryRoom[]) => void;
}) {
  const { t } = useTranslation();
  const firstLocation = locations[0];
  return (
    <>
      {rooms.map((room, index) => {
        const change = (patch: Partial<DirectoryRoom>) =>
          onChange(replaceAt(rooms, index, { ...room, ...patch }));
        return (
          <fieldset key={room.id} className="editor-entry editor-entry-compact" data-entry-id={room.id}>
            <legend>{room.name || room.id}</legend>
            <div className="field-row">
              <TextField
                label={t("admin.roomName")}
                value={room.name}
                onChange={(event) => change({ name: event.target.value })}
              />
              <SelectField
                label={t("admin.roomLocation")}
                value={room.locationId}
                options={locations.map((location) => ({ value: location.id, label: location.name }))}
                onChange={(event) => change({ locationId: event.target.value })}
              />
              <TextField
                label={t("admin.capacity")}
                type="number"
                inputMode="numeric"
                value={Number.isNaN(room.capacity) ? "" : room.capacity}
                onChange={(event) =>
                  change({ capacity: event.target.value === "" ? Number.NaN : Number(event.target.value) })
                }
              />
            </div>
            <CheckboxField
              label={t("admin.accessible")}
              checked={room.accessible}
              onChange={(accessible) => change({ accessible })}
            />
            <button
              type="button"
              className="button-secondary button-small"
              onClick={() => onChange(removeAt(rooms, index))}
            >
              {t("admin.removeRoom", { name: room.name || room.id })}
            </button>
          </fieldset>
        );
      })}
      {firstLocation && (
        <button
          type="button"
          className="button-secondary"
          onClick={() =>
            onChange([
              ...rooms,
              {
                id: newRoomId(firstLocation.id),
                locationId: firstLocation.id,
                name: "",
                capacity: 3,
                accessible: false,
              },
            ])
          }
        >
          {t("admin.addRoom")}
        </button>
      )}
    </>
  );
}
