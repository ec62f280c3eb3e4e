import { useId } from "react";

interface CheckboxFieldProps {
  label: string;
  hint?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  name?: string;
}

/** A checkbox with its label as the click target (large enough for a thumb). */
export function CheckboxField({ label, hint, checked, onChange, name }: CheckboxFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div className="checkbox-field">
      <input
        id={id}
        name={name}
        type="checkbox"
        checked={checked}
        aria-describedby={hint ? hintId : undefined}
        onChange={(event) => onChange(event.target.checked)}
      />
      <div>
        <label htmlFor={id}>{label}</label>
        {hint && (
          <p id={hintId} className="hint">
            {hint}
          </p>
        )}
      </div>
    </div>
  );
}
