import { useQuery } from "@apollo/client/react";
import { RouterLink } from "../../components/RouterLink";
import { graphql } from "../../gql";
import "./notices.css";

export const NoticeCountQuery = graphql(`
  query NoticeCount_Unread {
    unreadNoticeCount
  }
`);

/** How often the header asks again: notices also arrive while the user works (a colleague's write, the review scan). */
const POLL_MS = 60_000;

/** Meldingen in the header: a link to the list with the number of unread notices. */
export function NoticeCount() {
  const { data } = useQuery(NoticeCountQuery, { pollInterval: POLL_MS });
  const unread = data?.unreadNoticeCount ?? 0;
  return (
    <RouterLink to="/meldingen" className="viv-header__account">
      Meldingen
      {unread > 0 && (
        <span className="viv-notice-count">
          {unread}
          <span className="viv-visually-hidden"> ongelezen</span>
        </span>
      )}
    </RouterLink>
  );
}
