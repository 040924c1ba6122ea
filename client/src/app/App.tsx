import { useQuery } from "@apollo/client/react";
import { Alert, Button, Heading1, Paragraph } from "@utrecht/component-library-react";
import { PROVIDER_ROLES, type Role } from "@shared/roles";
import { Navigate, Route, Routes } from "react-router";
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
        <Routes>
          <Route
            path="/"
            element={
              data.me.role === "FINANCE" ? (
                <FinanceHome />
              ) : data.me.role === "MUNICIPALITY_ADMIN" ? (
                // Functioneel beheer sees no casework (permissions.ts): its work starts at the accounts.
                <Navigate to="/beheer/accounts" replace />
              ) : (
                // Providers: waakvlam reviews that ask for their advice, above their deployments.
                <UpcomingReviewsNotice>
                  <DeploymentsPage />
                </UpcomingReviewsNotice>
              )
            }
          />
          <Route path="/inzetten" element={<Navigate to="/" replace />} />
          <Route path="/inzetten/nieuw" element={<NewDeploymentPage />} />
          <Route path="/inzetten/:id" element={<DeploymentPage />} />
          {/* Only providers log hours; for anyone else /uren is a page that does not exist. */}
          {PROVIDER_ROLES.includes(data.me.role) && <Route path="/uren" element={<WeekPage />} />}
          {PROVIDER_ROLES.includes(data.me.role) && <Route path="/uren/importeren" element={<HoursImportPage />} />}
          <Route path="/account" element={<AccountPage />} />
          <Route path="/meldingen" element={<NoticesPage />} />
          {FINANCE_ROLES.includes(data.me.role) && <Route path="/financien" element={<FinancePage />} />}
          {data.me.role === "MUNICIPALITY_OFFICER" && <Route path="/gemeente/beoordelingen" element={<ReviewQueuePage />} />}
          {data.me.role === "MUNICIPALITY_OFFICER" && <Route path="/gemeente/goedkeuringen" element={<ApprovalsPage />} />}
          {data.me.role === "MUNICIPALITY_OFFICER" && <Route path="/gemeente/indicaties" element={<IndicationsPage />} />}
          {YEARLY_REVIEW_ROLES.includes(data.me.role) && <Route path="/gemeente/jaaroverzicht" element={<YearlyReviewPage />} />}
          {mayUse(data.me.role, "accounts") && <Route path="/beheer/accounts" element={<AccountsPage />} />}
          {mayUse(data.me.role, "apiTokens") && <Route path="/beheer/api-tokens" element={<ApiTokensPage />} />}
          {mayUse(data.me.role, "providers") && <Route path="/beheer/dienstverleners" element={<ProvidersPage />} />}
          {mayUse(data.me.role, "audit") && <Route path="/audit" element={<AuditPage />} />}
          {mayUse(data.me.role, "catalogue") && <Route path="/beheer/catalogus" element={<CataloguePage />} />}
          {mayUse(data.me.role, "financeSettings") && <Route path="/beheer/financien" element={<FinanceSettingsPage />} />}
          <Route path="*" element={<NotFound />} />
        </Routes>
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
