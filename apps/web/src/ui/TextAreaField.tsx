import type { TextareaHTMLAttributes } from "react";
import { LabelledField, type LabelledFieldProps } from "./LabelledField";

type TextAreaFieldProps = LabelledFieldProps & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id">;

/** A labelled multi-line text whose hint and error are read with it. */
export function TextAreaField({ label, hint, error, ...textarea }: TextAreaFieldProps) {
  return (
    <LabelledField
      label={label}
      hint={hint}
      error={error}
      control={(attributes) => <textarea rows={3} {...attributes} {...textarea} />}
    />
  );
}
