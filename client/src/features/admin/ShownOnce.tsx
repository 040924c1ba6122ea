import "../account/account.css";
import "./admin.css";
import { Alert, Heading2, Paragraph } from "@utrecht/component-library-react";
import { useEffect, useRef, type ReactNode } from "react";

interface ShownOnceProps {
  title: string;
  /** What the value is, in a sentence before it. */
  label: string;
  value: string;
  testId: string;
  /** What to do with it now: the portal will not show it again. */
  children: ReactNode;
}

/**
 * A secret the server answers only once (a first password, an API token). It takes the focus,
 * so that a screen reader reads it at once, and stays until the admin goes on.
 */
export function ShownOnce({ title, label, value, testId, children }: ShownOnceProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [value]);
  return (
    <div ref={ref} tabIndex={-1} className="viv-shown-once">
      <Alert type="ok">
        <Heading2>{title}</Heading2>
        <Paragraph>
          {label}{" "}
          <code className="viv-secret" data-testid={testId}>
            {value}
          </code>
        </Paragraph>
        {children}
      </Alert>
    </div>
  );
}
