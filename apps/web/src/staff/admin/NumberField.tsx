import { TextField } from "../../ui/TextField";
import { useFieldError } from "./problems-context";

interface NumberFieldProps {
  label: string;
  hint?: string;
  entryId: string;
  /** The entry's field, as booking names it ("horizonDays"). */
  field: string;
  /** NaN while the field is empty: kept, so the check can name it instead of a silent 0. */
  value: number;
  onChange: (value: number) => void;
}

/** A whole number of an entry (minutes, days, seats), with its problem from the last save attempt. */
export function NumberField({ label, hint, entryId, field, value, onChange }: NumberFieldProps) {
  const error = useFieldError(entryId, field);
  return (
    <TextField
      label={label}
      hint={hint}
      error={error}
      type="number"
      inputMode="numeric"
      name={field}
      value={Number.isNaN(value) ? "" : value}
      onChange={(event) => onChange(event.target.value === "" ? Number.NaN : Number(event.target.value))}
    />
  );
}
