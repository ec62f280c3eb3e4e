import { useId } from "react";
import { toggled } from "./directory-edits";

interface CheckboxListProps<T extends string> {
  legend: string;
  options: ReadonlyArray<{ value: T; label: string }>;
  value: readonly T[];
  onChange: (value: T[]) => void;
}

/** Several choices as a compact fieldset of checkboxes (languages, channels). */
export function CheckboxList<T extends string>({ legend, options, value, onChange }: CheckboxListProps<T>) {
  const id = useId();
  return (
    <fieldset className="checkbox-list">
      <legend>{legend}</legend>
      {options.map((option) => (
        <span key={option.value} className="checkbox-inline">
          <input
            type="checkbox"
            id={`${id}-${option.value}`}
            checked={value.includes(option.value)}
            onChange={(event) => onChange(toggled(value, option.value, event.target.checked))}
          />
          <label htmlFor={`${id}-${option.value}`}>{option.label}</label>
        </span>
      ))}
    </fieldset>
  );
}
