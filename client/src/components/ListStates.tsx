import { Alert, Paragraph } from "@utrecht/component-library-react";

interface ListStatesProps {
  /** Why the list could not be loaded. */
  error?: string | false | null;
  /** Shown while the list loads for the first time. */
  loading?: string | false | null;
  /** Shown when the list is loaded and has nothing in it. */
  empty?: string | false | null;
}

/** What a page says instead of its list: each sentence only when it is given. */
export function ListStates({ error, loading, empty }: ListStatesProps) {
  return (
    <>
      {error && <Alert type="error">{error}</Alert>}
      {loading && <Paragraph aria-live="polite">{loading}</Paragraph>}
      {empty && <Paragraph>{empty}</Paragraph>}
    </>
  );
}
