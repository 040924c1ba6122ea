import { Alert, Heading2, Link, UnorderedList, UnorderedListItem } from "@utrecht/component-library-react";
import { useEffect, useRef, type MouseEvent } from "react";

export interface FormMessage {
  message: string;
  /** The id of the control the message is about; the summary links to it. */
  target?: string;
}

interface ErrorSummaryProps {
  messages: FormMessage[];
  /** Changes with every submit, so that the summary takes focus again after each one. */
  attempt: number;
  title?: string;
}

/**
 * The list of everything wrong with a submitted form, at its top. It takes focus after a
 * submit so that keyboard and screen reader users start from it (not while they type).
 */
export function ErrorSummary({ messages, attempt, title }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  const hasMessages = messages.length > 0;
  useEffect(() => {
    if (hasMessages) ref.current?.focus();
    // Only a new attempt moves the focus; re-renders while typing must not.
  }, [attempt]);
  if (messages.length === 0) return null;
  return (
    <div ref={ref} tabIndex={-1} className="viv-error-summary">
      <Alert type="error">
        <Heading2>{title ?? "Controleer uw invoer"}</Heading2>
        <UnorderedList>
          {messages.map((m, i) => (
            <UnorderedListItem key={i}>{m.target ? (
                <Link href={`#${m.target}`} onClick={(e) => focusControl(e, m.target!)}>
                  {m.message}
                </Link>
              ) : (
                m.message
              )}</UnorderedListItem>
          ))}
        </UnorderedList>
      </Alert>
    </div>
  );
}

/** A fragment link scrolls but does not focus the control; do both, and keep the URL as is. */
function focusControl(event: MouseEvent, id: string) {
  const control = document.getElementById(id);
  if (!control) return;
  event.preventDefault();
  control.focus();
  control.scrollIntoView({ block: "center" });
}
