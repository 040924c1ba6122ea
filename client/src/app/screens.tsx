import { Alert, Button, Paragraph } from "@utrecht/component-library-react";
import { lazy, type ComponentType, type LazyExoticComponent } from "react";

/**
 * Screens loaded when their route is first opened, each in its own chunk: the first load holds
 * only the frame, the login and the provider's list (README, "Web performance"). A provider never
 * downloads the municipality, finance or admin screens. When the page is opened on a screen's
 * own path (a bookmark of /uren), its chunk is fetched at once, alongside the session check,
 * rather than after it.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- React.lazy's own bound; each screen keeps its props
function screen<M extends Record<K, ComponentType<any>>, K extends keyof M>(load: () => Promise<M>, name: K, path?: RegExp): LazyExoticComponent<M[K]> {
  const loading = path?.test(window.location.pathname) ? load() : null;
  return lazy(async () => {
    try {
      return { default: (await (loading ?? load()))[name] };
    } catch {
      // After a release the old chunk is gone (server/app/static.ts answers 404).
      return { default: NewVersion as unknown as M[K] };
    }
  });
}

function NewVersion() {
  return (
    <Alert type="warning">
      <Paragraph>Er is een nieuwe versie van het portaal. Laad de pagina opnieuw om verder te gaan.</Paragraph>
      <Button appearance="secondary-action-button" onClick={() => window.location.reload()}>
        Pagina opnieuw laden
      </Button>
    </Alert>
  );
}

/** What a screen shows while its chunk arrives. */
export function ScreenLoading() {
  return <Paragraph aria-live="polite">Het scherm wordt geladen…</Paragraph>;
}

// Provider screens other than the list, and the account screens every role has.
export const DeploymentPage = screen(() => import("../features/deployments/DeploymentPage"), "DeploymentPage", /^\/inzetten\/(?!nieuw$)[^/]+$/);
export const NewDeploymentPage = screen(() => import("../features/new-deployment/NewDeploymentPage"), "NewDeploymentPage", /^\/inzetten\/nieuw$/);
export const WeekPage = screen(() => import("../features/week/WeekPage"), "WeekPage", /^\/uren$/);
export const HoursImportPage = screen(() => import("../features/hours-import/HoursImportPage"), "HoursImportPage", /^\/uren\/importeren$/);
export const NoticesPage = screen(() => import("../features/notices/NoticesPage"), "NoticesPage", /^\/meldingen$/);
export const AccountPage = screen(() => import("../features/account/AccountPage"), "AccountPage", /^\/account$/);
export const SecondFactorRequiredPage = screen(() => import("../features/account/SecondFactorRequiredPage"), "SecondFactorRequiredPage");

// Municipality and finance.
export const ApprovalsPage = screen(() => import("../features/municipality/ApprovalsPage"), "ApprovalsPage");
export const IndicationsPage = screen(() => import("../features/municipality/IndicationsPage"), "IndicationsPage");
export const ReviewQueuePage = screen(() => import("../features/municipality/ReviewQueuePage"), "ReviewQueuePage");
export const YearlyReviewPage = screen(() => import("../features/municipality/YearlyReviewPage"), "YearlyReviewPage");
export const FinancePage = screen(() => import("../features/finance/FinancePage"), "FinancePage");

// Administration.
export const AccountsPage = screen(() => import("../features/admin/AccountsPage"), "AccountsPage");
export const ApiTokensPage = screen(() => import("../features/admin/ApiTokensPage"), "ApiTokensPage");
export const ProvidersPage = screen(() => import("../features/admin/ProvidersPage"), "ProvidersPage");
export const AuditPage = screen(() => import("../features/audit/AuditPage"), "AuditPage");
export const CataloguePage = screen(() => import("../features/catalogue/CataloguePage"), "CataloguePage");
export const FinanceSettingsPage = screen(() => import("../features/finance-admin/FinanceSettingsPage"), "FinanceSettingsPage");
