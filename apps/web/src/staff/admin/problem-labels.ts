/** The entry fields a problem may name, each with a label under `admin.fieldNames`. */
export const labelledFields = [
  "kind",
  "name",
  "description",
  "displayName",
  "locationIds",
  "languages",
  "channels",
  "modes",
  "defaultDurationMinutes",
  "bufferBeforeMinutes",
  "bufferAfterMinutes",
  "slotStepMinutes",
  "horizonDays",
  "minimumNoticeMinutes",
  "referralAcceptWithinWorkingDays",
  "groupCapacity",
  "address",
  "openingHours",
  "exceptions",
  "accessibilityNotes",
  "publicTransportHint",
  "weeklyHours",
  "absences",
  "capacity",
] as const;

export type LabelledField = (typeof labelledFields)[number];

/**
 * Which labelled field a problem's path is in ("absences.0.end" → "absences"), and the
 * language when it is one translation of a text ("description.ar" → "ar").
 */
export function fieldOfPath(path: string | null): { field: LabelledField | null; language: string | null } {
  if (!path) return { field: null, language: null };
  const [first = "", second] = path.split(".");
  const field = labelledFields.find((entry) => entry === first) ?? null;
  const isText =
    field === "name" ||
    field === "description" ||
    field === "accessibilityNotes" ||
    field === "publicTransportHint";
  return { field, language: isText && second ? second : null };
}
