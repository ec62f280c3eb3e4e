import { type ReactNode, useId } from "react";

/** What every form control gets from its frame: its id and the ids of its hint and error. */
export interface ControlAttributes {
  id: string;
  "aria-invalid": true | undefined;
  "aria-describedby": string | undefined;
}

export interface LabelledFieldProps {
  label: string;
  hint?: string | undefined;
  /** Already translated. */
  error?: string | undefined;
}

/**
 * The frame shared by text, multi-line and select fields: a label, an optional hint and
 * error, both read with the control (aria-describedby), and the invalid state.
 */
export function LabelledField({
  label,
  hint,
  error,
  control,
}: LabelledFieldProps & { control: (attributes: ControlAttributes) => ReactNode }) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ");
  return (
    <div className={error ? "field field-invalid" : "field"}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
      {control({
        id,
        "aria-invalid": error ? true : undefined,
        "aria-describedby": describedBy || undefined,
      })}
    </div>
  );
}
