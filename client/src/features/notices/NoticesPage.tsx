import { useMutation, useQuery } from "@apollo/client/react";
import { Alert, Button, Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import { usePageTitle } from "../../app/usePageTitle";
import { RouterLink } from "../../components/RouterLink";
import { graphql } from "../../gql";
import { formatDutchDateTime } from "../admin/format";
import { NoticeCountQuery } from "./NoticeCount";
import "./notices.css";

const NoticesPageQuery = graphql(`
  query NoticesPage_Notices {
    notices {
      id
      title
      message
      deploymentId
      createdAt
      readAt
    }
  }
`);

const MarkReadMutation = graphql(`
  mutation NoticesPage_MarkRead($input: MarkNoticesReadInput!) {
    markNoticesRead(input: $input) {
      notices {
        id
        readAt
      }
      unreadCount
    }
  }
`);

/** Meldingen: what happened to the user's deployments, newest first; unread ones can be marked read. */
export function NoticesPage() {
  usePageTitle("Meldingen");
  const { data, error, loading } = useQuery(NoticesPageQuery, { fetchPolicy: "cache-and-network" });
  const [markRead, marking] = useMutation(MarkReadMutation, {
    // The list's rows change through the normalised cache; the header's count from the answer.
    update(cache, { data: answer }) {
      if (answer) cache.writeQuery({ query: NoticeCountQuery, data: { unreadNoticeCount: answer.markNoticesRead.unreadCount } });
    },
  });
  const notices = data?.notices;
  const unread = notices?.filter((n) => n.readAt === null) ?? [];
  const mark = (ids: string[]) => void markRead({ variables: { input: { ids } } }).catch(() => undefined);

  return (
    <>
      <Heading1>Meldingen</Heading1>
      <Paragraph>
        Hier staat wat er met uw inzetten gebeurt: een beoordelingsjaar dat afloopt, een maximum dat bijna bereikt is, een besluit van de gemeente.
        Als de beheerder e-mail heeft ingesteld, krijgt u elke melding ook één keer per e-mail.
      </Paragraph>
      {error && <Alert type="error">De meldingen konden niet worden geladen. Probeer het later opnieuw.</Alert>}
      {marking.error && <Alert type="error">Het markeren als gelezen is niet gelukt. Probeer het opnieuw.</Alert>}
      {loading && !notices && <Paragraph aria-live="polite">De meldingen worden geladen…</Paragraph>}
      {notices && notices.length === 0 && <Paragraph>U heeft geen meldingen.</Paragraph>}
      {unread.length > 1 && (
        <Button appearance="secondary-action-button" onClick={() => mark(unread.map((n) => n.id))} busy={marking.loading} disabled={marking.loading}>
          Alles als gelezen markeren
        </Button>
      )}
      {notices && notices.length > 0 && (
        <ul className="viv-notices">
          {notices.map((notice) => (
            <li key={notice.id} className={notice.readAt === null ? "viv-notice viv-notice--unread" : "viv-notice"}>
              <Heading2 className="viv-notice__title">
                {notice.title}
                {notice.readAt === null && <span className="viv-notice__badge">Nieuw</span>}
              </Heading2>
              <Paragraph className="viv-notice__meta">{formatDutchDateTime(notice.createdAt)}</Paragraph>
              <Paragraph>{notice.message}</Paragraph>
              <div className="viv-notice__actions">
                <RouterLink to={`/inzetten/${notice.deploymentId}`}>Naar de inzet</RouterLink>
                {notice.readAt === null && (
                  <Button appearance="secondary-action-button" onClick={() => mark([notice.id])} disabled={marking.loading}>
                    Markeer als gelezen<span className="viv-visually-hidden">: {notice.title}</span>
                  </Button>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
