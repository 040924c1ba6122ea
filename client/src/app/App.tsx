import { useQuery } from "@apollo/client/react";
import { Alert, Button, Heading1, Paragraph } from "@utrecht/component-library-react";
import { PROVIDER_ROLES } from "@shared/roles";
import { Navigate, Route, Routes } from "react-router";
import { DeploymentPage } from "../features/deployments/DeploymentPage";
import { DeploymentsPage } from "../features/deployments/DeploymentsPage";
import { NewDeploymentPage } from "../features/new-deployment/NewDeploymentPage";
import { LoginPage } from "../features/session/LoginPage";
import { Shell } from "../features/session/Shell";
import { WeekPage } from "../features/week/WeekPage";
import { graphql } from "../gql";
import { isUnauthenticated } from "./errors";
import { Frame } from "./Frame";
import { SessionContext } from "./session";
import { usePageTitle } from "./usePageTitle";

// Its name is SESSION_QUERY_NAME in apollo.ts: other operations refetch it when the session is gone.
const AppMeQuery = graphql(`
  query App_Me {
    me {
      id
      role
      ...Shell_user
    }
  }
`);

export function App() {
  const { data, error, refetch } = useQuery(AppMeQuery);
  const retry = () => void refetch().catch(() => undefined);

  if (isUnauthenticated(error)) return <LoginPage />;
  if (error) {
    return (
      <Frame>
        <Heading1>VIV-portaal</Heading1>
        <Alert type="error">De verbinding met de server is mislukt.</Alert>
        <Button appearance="primary-action-button" onClick={retry}>
          Opnieuw proberen
        </Button>
      </Frame>
    );
  }
  if (!data) {
    return (
      <Frame>
        <Paragraph aria-live="polite">Het portaal wordt geladen…</Paragraph>
      </Frame>
    );
  }

  return (
    <SessionContext value={{ role: data.me.role }}>
      <Shell user={data.me} onLoggedOut={retry}>
        <Routes>
          <Route path="/" element={data.me.role === "FINANCE" ? <FinanceHome /> : <DeploymentsPage />} />
          <Route path="/inzetten" element={<Navigate to="/" replace />} />
          <Route path="/inzetten/nieuw" element={<NewDeploymentPage />} />
          <Route path="/inzetten/:id" element={<DeploymentPage />} />
          {/* Only providers log hours; for anyone else /uren is a page that does not exist. */}
          {PROVIDER_ROLES.includes(data.me.role) && <Route path="/uren" element={<WeekPage />} />}
          <Route path="*" element={<NotFound />} />
        </Routes>
      </Shell>
    </SessionContext>
  );
}

/** Finance sees usage figures only, never a resident (shared/domain.md); those screens follow. */
function FinanceHome() {
  usePageTitle("Start");
  return (
    <>
      <Heading1>VIV-portaal</Heading1>
      <Paragraph>
        Als medewerker financiën ziet u in het portaal alleen overzichten van uren en bedragen, zonder gegevens van
        inwoners. Die overzichten komen in een volgende versie.
      </Paragraph>
    </>
  );
}

function NotFound() {
  usePageTitle("Pagina niet gevonden");
  return (
    <>
      <Heading1>Pagina niet gevonden</Heading1>
      <Paragraph>Deze pagina bestaat niet. Kies een onderdeel in het menu.</Paragraph>
    </>
  );
}
