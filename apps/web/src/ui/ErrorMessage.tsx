import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { failureText } from "./failure-text";

/**
 * A failed action in the user's language: role="alert" is announced at once, and the box
 * takes focus so a keyboard user is not left on a button that seemingly did nothing.
 */
export function ErrorMessage({ error, id }: { error: unknown; id?: string }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [error]);
  return (
    <div ref={ref} id={id} role="alert" tabIndex={-1} className="alert alert-error">
      {failureText(t, error)}
    </div>
  );
}
