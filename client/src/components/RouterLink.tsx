import { Link, NavListLink, type LinkProps } from "@utrecht/component-library-react";
import { Link as Navigate, useRoute } from "wouter";

type RouterLinkProps = Omit<LinkProps, "href"> & { to: string };

/** An NL Design System link that navigates inside the app instead of reloading the page. */
export function RouterLink({ to, onClick, ...rest }: RouterLinkProps) {
  return (
    <Navigate to={to} onClick={onClick} asChild>
      <Link {...rest} />
    </Navigate>
  );
}

/** A main-navigation item that marks the current page with aria-current. */
export function NavItem({ to, children }: { to: string; children: string }) {
  const [current] = useRoute(to);
  return (
    <Navigate to={to} asChild>
      <NavListLink aria-current={current ? "page" : undefined}>{children}</NavListLink>
    </Navigate>
  );
}
