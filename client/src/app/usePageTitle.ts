import { useEffect } from "react";

/** Each page names itself in the browser tab (WCAG 2.4.2). */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} – VIV-portaal`;
  }, [title]);
}
