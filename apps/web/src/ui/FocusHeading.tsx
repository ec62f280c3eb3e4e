import { useEffect, useRef, type ReactNode } from "react";

/**
 * The heading of a new step or page, focused when it appears: a screen reader reads
 * where the user now is, and the keyboard continues from the top of the new content.
 */
export function FocusHeading({ children, level = 1 }: { children: ReactNode; level?: 1 | 2 }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  const Tag = level === 1 ? "h1" : "h2";
  return (
    <Tag ref={ref} tabIndex={-1} className="focus-heading">
      {children}
    </Tag>
  );
}
