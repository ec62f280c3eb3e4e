import { useId } from "react";
import { toggled } from "./directory-edits";

interface CheckboxListProps<T extends string> {
  legend: string;
  options: ReadonlyArray<{ value: T; label: string; lang?: string }>;
  value: readonly T[];
  onChange: (value: T[]) => void;
  /** The entry's field this list sets, for the problem list to find it ("languages"). */
  name?: string;
  /** Already translated. */
  error?: string | undefined;
}

/** Several choices as a compact fieldset of checkboxes (languages, channels, offices). */
export function CheckboxList<T extends string>({
  legend,
  options,
  value,
  onChange,
  name,
  error,
}: CheckboxListProps<T>) {
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <fieldset
      className={error ? "checkbox-list field-invalid" : "checkbox-list"}
      aria-describedby={error ? errorId : undefined}
      data-field={name}
    >
      <legend>{legend}</legend>
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
      {options.map((option) => (
        <span key={option.value} className="checkbox-inline">
          <input
            type="checkbox"
            id={`${id}-${option.value}`}
            checked={value.includes(option.value)}
            aria-invalid={error ? true : undefined}
            onChange={(event) => onChange(toggled(value, option.value, event.target.checked))}
          />
          <label htmlFor={`${id}-${option.value}`} lang={option.lang}>
            {option.label}
          </label>
        </span>
      ))}
    </fieldset>
  );
}
