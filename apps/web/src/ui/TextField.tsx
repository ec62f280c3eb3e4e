import type { InputHTMLAttributes } from "react";
import { LabelledField, type LabelledFieldProps } from "./LabelledField";

type TextFieldProps = LabelledFieldProps & Omit<InputHTMLAttributes<HTMLInputElement>, "id">;

/** A labelled input whose hint and error are read with it (aria-describedby). */
export function TextField({ label, hint, error, ...input }: TextFieldProps) {
  return (
    <LabelledField
      label={label}
      hint={hint}
      error={error}
      control={(attributes) => <input {...attributes} {...input} />}
    />
  );
}
