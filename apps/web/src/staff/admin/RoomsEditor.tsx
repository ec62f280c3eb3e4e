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
import { EntryProblems } from "./EntryProblems";
import { NumberField } from "./NumberField";
import { useFieldError } from "./problems-context";

/** Rooms of the organisation's offices: name, office, capacity, wheelchair access; added and removed. */
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
      {rooms.map((room, index) => (
        <RoomEntry
          key={room.id}
          room={room}
          locations={locations}
          onChange={(changed) => onChange(replaceAt(rooms, index, changed))}
          onRemove={() => onChange(removeAt(rooms, index))}
        />
      ))}
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

function RoomEntry({
  room,
  locations,
  onChange,
  onRemove,
}: {
  room: DirectoryRoom;
  locations: DirectoryLocation[];
  onChange: (room: DirectoryRoom) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const nameError = useFieldError(room.id, "name");
  const change = (patch: Partial<DirectoryRoom>) => onChange({ ...room, ...patch });
  return (
    <fieldset
      className="editor-entry editor-entry-compact"
      data-entry-id={room.id}
      id={`entry-${room.id}`}
      tabIndex={-1}
    >
      <legend>{room.name || room.id}</legend>
      <EntryProblems entryId={room.id} />
      <div className="field-row">
        <TextField
          label={t("admin.roomName")}
          name="name"
          error={nameError}
          value={room.name}
          onChange={(event) => change({ name: event.target.value })}
        />
        <SelectField
          label={t("admin.roomLocation")}
          name="locationId"
          value={room.locationId}
          options={locations.map((location) => ({ value: location.id, label: location.name }))}
          onChange={(event) => change({ locationId: event.target.value })}
        />
        <NumberField
          label={t("admin.capacity")}
          entryId={room.id}
          field="capacity"
          value={room.capacity}
          onChange={(capacity) => change({ capacity })}
        />
      </div>
      <CheckboxField
        label={t("admin.accessible")}
        checked={room.accessible}
        onChange={(accessible) => change({ accessible })}
      />
      <button type="button" className="button-secondary button-small" onClick={onRemove}>
        {t("admin.removeRoom", { name: room.name || room.id })}
      </button>
    </fieldset>
  );
}
