import { Link, NavListLink, type LinkProps } from "@utrecht/component-library-react";
import type { MouseEvent } from "react";
import { useHref, useLinkClickHandler, useMatch } from "react-router";

type RouterLinkProps = Omit<LinkProps, "href"> & { to: string };

/** An NL Design System link that navigates inside the app instead of reloading the page. */
export function RouterLink({ to, onClick, ...rest }: RouterLinkProps) {
  const href = useHref(to);
  const navigate = useLinkClickHandler<HTMLAnchorElement>(to);
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (!event.defaultPrevented) navigate(event);
  };
  return <Link {...rest} href={href} onClick={handleClick} />;
}

/** A main-navigation item that marks the current page with aria-current. */
export function NavItem({ to, children }: { to: string; children: string }) {
  const href = useHref(to);
  const navigate = useLinkClickHandler<HTMLAnchorElement>(to);
  const current = useMatch({ path: to, end: true }) != null;
  return (
    <NavListLink href={href} onClick={navigate} aria-current={current ? "page" : undefined}>
      {children}
    </NavListLink>
  );
}
