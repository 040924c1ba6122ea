import { useQuery } from "@apollo/client/react";
import { Alert, Button, Heading1, Paragraph } from "@utrecht/component-library-react";
import { PROVIDER_ROLES, type Role } from "@shared/roles";
import { Redirect, Route, Switch } from "wouter";
import { Suspense } from "react";
import { mayUse } from "../features/admin/access";
import { UpcomingReviewsNotice } from "../features/municipality/UpcomingReviewsNotice";
import { RouterLink } from "../components/RouterLink";
import { DeploymentsPage } from "../features/deployments/DeploymentsPage";
import { LoginPage } from "../features/session/LoginPage";
import { Shell } from "../features/session/Shell";
import {
  AccountPage,
  AccountsPage,
  ApiTokensPage,
  ApprovalsPage,
  AuditPage,
  CataloguePage,
  DeploymentPage,
  FinancePage,
  FinanceSettingsPage,
  HoursImportPage,
  IndicationsPage,
  NewDeploymentPage,
  NoticesPage,
  ProvidersPage,
  ReviewQueuePage,
  ScreenLoading,
  SecondFactorRequiredPage,
  WeekPage,
  YearlyReviewPage,
} from "./screens";
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
      secondFactorRequired
      ...Shell_user
      ...SecondFactorRequiredPage_user
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

  // The server refuses everything else to this session until the second factor is set up.
  if (data.me.secondFactorRequired) {
    return (
      <Suspense fallback={<Frame><ScreenLoading /></Frame>}>
        <SecondFactorRequiredPage user={data.me} onDone={retry} />
      </Suspense>
    );
  }

  return (
    <SessionContext value={{ role: data.me.role }}>
      <Shell user={data.me} onLoggedOut={retry}>
        <Switch>
          <Route path="/">
            {
              data.me.role === "FINANCE" ? (
                <FinanceHome />
              ) : data.me.role === "MUNICIPALITY_ADMIN" ? (
                // Functioneel beheer sees no casework (permissions.ts): its work starts at the accounts.
                <Redirect to="/beheer/accounts" replace />
              ) : (
                // Providers: waakvlam reviews that ask for their advice, above their deployments.
                <UpcomingReviewsNotice>
                  <DeploymentsPage />
                </UpcomingReviewsNotice>
              )
            }
          </Route>
          <Route path="/inzetten"><Redirect to="/" replace /></Route>
          <Route path="/inzetten/nieuw"><NewDeploymentPage /></Route>
          <Route path="/inzetten/:id"><DeploymentPage /></Route>
          {/* Only providers log hours; for anyone else /uren is a page that does not exist. */}
          {PROVIDER_ROLES.includes(data.me.role) && <Route path="/uren"><WeekPage /></Route>}
          {PROVIDER_ROLES.includes(data.me.role) && <Route path="/uren/importeren"><HoursImportPage /></Route>}
          <Route path="/account"><AccountPage /></Route>
          <Route path="/meldingen"><NoticesPage /></Route>
          {FINANCE_ROLES.includes(data.me.role) && <Route path="/financien"><FinancePage /></Route>}
          {data.me.role === "MUNICIPALITY_OFFICER" && <Route path="/gemeente/beoordelingen"><ReviewQueuePage /></Route>}
          {data.me.role === "MUNICIPALITY_OFFICER" && <Route path="/gemeente/goedkeuringen"><ApprovalsPage /></Route>}
          {data.me.role === "MUNICIPALITY_OFFICER" && <Route path="/gemeente/indicaties"><IndicationsPage /></Route>}
          {YEARLY_REVIEW_ROLES.includes(data.me.role) && <Route path="/gemeente/jaaroverzicht"><YearlyReviewPage /></Route>}
          {mayUse(data.me.role, "accounts") && <Route path="/beheer/accounts"><AccountsPage /></Route>}
          {mayUse(data.me.role, "apiTokens") && <Route path="/beheer/api-tokens"><ApiTokensPage /></Route>}
          {mayUse(data.me.role, "providers") && <Route path="/beheer/dienstverleners"><ProvidersPage /></Route>}
          {mayUse(data.me.role, "audit") && <Route path="/audit"><AuditPage /></Route>}
          {mayUse(data.me.role, "catalogue") && <Route path="/beheer/catalogus"><CataloguePage /></Route>}
          {mayUse(data.me.role, "financeSettings") && <Route path="/beheer/financien"><FinanceSettingsPage /></Route>}
          <Route><NotFound /></Route>
        </Switch>
      </Shell>
    </SessionContext>
  );
}

/** Finance sees usage figures only, never a resident (shared/domain.md). */
function FinanceHome() {
  usePageTitle("Start");
  return (
    <>
      <Heading1>VIV-portaal</Heading1>
      <Paragraph>
        Als medewerker financiën ziet u in het portaal alleen overzichten van uren, aantallen inwoners en bedragen, zonder
        gegevens van inwoners. Ze staan onder <RouterLink to="/financien">Financiën</RouterLink>, met downloads als CSV en Excel.
      </Paragraph>
    </>
  );
}

/** Who sees the finance screen: the server's finance.report (finance and the officers). */
const FINANCE_ROLES: readonly Role[] = ["FINANCE", "MUNICIPALITY_OFFICER"];

/** Who sees the yearly review: the server's yearlyReview.read. */
const YEARLY_REVIEW_ROLES: readonly Role[] = ["MUNICIPALITY_OFFICER", "FINANCE"];

function NotFound() {
  usePageTitle("Pagina niet gevonden");
  return (
    <>
      <Heading1>Pagina niet gevonden</Heading1>
      <Paragraph>Deze pagina bestaat niet. Kies een onderdeel in het menu.</Paragraph>
    </>
  );
}
