import type { SelectHTMLAttributes } from "react";
import { LabelledField, type LabelledFieldProps } from "./LabelledField";

type SelectFieldProps = LabelledFieldProps &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, "id"> & {
    options: ReadonlyArray<{ value: string; label: string }>;
  };

/** A labelled select whose hint and error are read with it (aria-describedby). */
export function SelectField({ label, hint, error, options, ...select }: SelectFieldProps) {
  return (
    <LabelledField
      label={label}
      hint={hint}
      error={error}
      control={(attributes) => (
        <select {...attributes} {...select}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    />
  );
}
