import { Page, PageContent, PageHeader, SkipLink } from "@utrecht/component-library-react";
import { Suspense, useEffect, useRef, type ReactNode } from "react";
import { useLocation } from "wouter";
import { ScreenLoading } from "./screens";

interface FrameProps {
  /** Shown at the end of the header: who is logged in, the logout button. */
  headerEnd?: ReactNode;
  nav?: ReactNode;
  children: ReactNode;
}

/** The page frame every screen shares, logged in or not. */
export function Frame({ headerEnd, nav, children }: FrameProps) {
  const main = useRef<HTMLElement>(null);
  const [pathname] = useLocation();
  const shown = useRef(pathname);

  // After a client-side navigation, start reading at the new page rather than at the link
  // that was followed (the browser would have done this on a full page load).
  useEffect(() => {
    if (shown.current === pathname) return;
    shown.current = pathname;
    main.current?.focus();
  }, [pathname]);

  return (
    <div className="viv-frame utrecht-document">
      <SkipLink href="#main">Direct naar de inhoud</SkipLink>
      <Page>
        <PageHeader className="viv-header">
          <div className="viv-header__content">
            <p className="viv-brand">VIV-portaal</p>
            {headerEnd}
          </div>
          {nav}
        </PageHeader>
        <PageContent className="viv-content">
          <main id="main" ref={main} tabIndex={-1}>
            {/* A lazy screen (screens.tsx) loads inside the frame: header and menu stay. */}
            <Suspense fallback={<ScreenLoading />}>{children}</Suspense>
          </main>
        </PageContent>
      </Page>
    </div>
  );
}
