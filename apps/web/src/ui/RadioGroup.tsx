import { type ReactNode, useId } from "react";

interface RadioOption {
  value: string;
  label: string;
  /** Shown under the label, read with it. */
  details?: ReactNode;
}

interface RadioGroupProps {
  legend: string;
  name: string;
  options: readonly RadioOption[];
  value: string | null;
  onChange: (value: string) => void;
  /** Already translated. */
  error?: string | undefined;
}

/** Options as a fieldset of big, labelled radio rows; arrow keys move between them. */
export function RadioGroup({ legend, name, options, value, onChange, error }: RadioGroupProps) {
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <fieldset
      className={error ? "radio-group field-invalid" : "radio-group"}
      aria-describedby={error ? errorId : undefined}
    >
      <legend>{legend}</legend>
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
      {options.map((option) => {
        const optionId = `${id}-${option.value}`;
        return (
          <div key={option.value} className="radio-option">
            <input
              type="radio"
              id={optionId}
              name={name}
              value={option.value}
              checked={value === option.value}
              aria-invalid={error ? true : undefined}
              aria-describedby={option.details ? `${optionId}-details` : undefined}
              onChange={() => onChange(option.value)}
            />
            <div>
              <label htmlFor={optionId}>{option.label}</label>
              {option.details && (
                <div id={`${optionId}-details`} className="hint">
                  {option.details}
                </div>
              )}
            </div>
          </div>
        );
      })}
    </fieldset>
  );
}
