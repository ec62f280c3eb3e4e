import type { ReactNode } from "react";

/** A quiet, polite status line (loading, saved) that screen readers read when it changes. */
export function StatusMessage({ children }: { children: ReactNode }) {
  return (
    <p role="status" className="status">
      {children}
    </p>
  );
}
