/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type CapWindowKind =
  | 'CALENDAR_YEAR'
  | 'DEPLOYMENT'
  | 'HALF_YEAR'
  | 'REVIEW_YEAR'
  | 'WEEK';

export type CreateDeploymentInput = {
  endDate?: string | null | undefined;
  motivation?: string | null | undefined;
  municipalityCode: string;
  residentBsn: string;
  startDate: string;
  transportByProvider?: boolean | null | undefined;
  voorzieningCode: string;
};

export type DeploymentStatus =
  | 'ACTIVE'
  | 'ENDED'
  | 'PLANNED';

export type LogHoursInput = {
  date: string;
  deploymentId: string | number;
  /** A retry with the same key returns the first result instead of writing twice. */
  idempotencyKey?: string | null | undefined;
  /** Whole minutes (or dagdelen/etmalen where the voorziening counts those). */
  minutes: number;
  note?: string | null | undefined;
};

export type LoginInput = {
  email: string;
  password: string;
  totp?: string | null | undefined;
};

export type RefusalCode =
  | 'APPROVAL_REQUIRED'
  | 'CAP_EXCEEDED'
  | 'FUTURE_DATE'
  | 'INVALID_CREDENTIALS'
  | 'INVALID_INPUT'
  | 'NOT_ELIGIBLE'
  | 'NOT_FOUND'
  | 'OUTSIDE_PERIOD'
  | 'REVIEW_REQUIRED';

export type Role =
  | 'FINANCE'
  | 'MUNICIPALITY_ADMIN'
  | 'MUNICIPALITY_OFFICER'
  | 'PROVIDER_ADMIN'
  | 'PROVIDER_EMPLOYEE';

export type Unit =
  | 'DAGDELEN'
  | 'ETMALEN'
  | 'MINUTES';

export type App_MeQueryVariables = Exact<{ [key: string]: never; }>;


export type App_MeQuery = { me: (
    { id: string, role: Role }
    & { ' $fragmentRefs'?: { 'Shell_UserFragment': Shell_UserFragment } }
  ) };

export type CapMeter_CapUsageFragment = { capMinutes: number | null, usedMinutes: number, remainingMinutes: number | null, windowStart: string, windowEnd: string | null, capWindow: CapWindowKind, unit: Unit } & { ' $fragmentName'?: 'CapMeter_CapUsageFragment' };

export type DeploymentPage_DeploymentQueryVariables = Exact<{
  id: string | number;
}>;


export type DeploymentPage_DeploymentQuery = { deployment: (
    { id: string, voorziening: { id: string, name: string }, capUsage: { ' $fragmentRefs'?: { 'CapMeter_CapUsageFragment': CapMeter_CapUsageFragment } } }
    & { ' $fragmentRefs'?: { 'DeploymentSummary_DeploymentFragment': DeploymentSummary_DeploymentFragment;'EntriesList_DeploymentFragment': EntriesList_DeploymentFragment } }
  ) | null };

export type DeploymentRow_DeploymentFragment = { id: string, startDate: string, status: DeploymentStatus, voorziening: { id: string, name: string }, resident: { id: string, bsnMasked: string }, municipality: { id: string, name: string }, capUsage: { usedMinutes: number, capMinutes: number | null, unit: Unit } } & { ' $fragmentName'?: 'DeploymentRow_DeploymentFragment' };

export type DeploymentSummary_DeploymentFragment = { id: string, startDate: string, endDate: string | null, status: DeploymentStatus, motivation: string | null, transportByProvider: boolean, voorziening: { id: string, name: string }, resident: { id: string, bsnMasked: string }, municipality: { id: string, name: string }, provider: { id: string, name: string } } & { ' $fragmentName'?: 'DeploymentSummary_DeploymentFragment' };

export type DeploymentsPage_DeploymentsQueryVariables = Exact<{ [key: string]: never; }>;


export type DeploymentsPage_DeploymentsQuery = { deployments: { totalCount: number, pageInfo: { hasNextPage: boolean }, edges: Array<{ node: (
        { id: string }
        & { ' $fragmentRefs'?: { 'DeploymentRow_DeploymentFragment': DeploymentRow_DeploymentFragment } }
      ) }> } };

export type EntriesList_DeploymentFragment = { id: string, voorziening: { id: string, unit: Unit }, entries: Array<{ id: string, date: string, minutes: number, note: string | null }> } & { ' $fragmentName'?: 'EntriesList_DeploymentFragment' };

export type LogHoursForm_LogHoursMutationVariables = Exact<{
  input: LogHoursInput;
}>;


export type LogHoursForm_LogHoursMutation = { logHours: { entry: { id: string, date: string, minutes: number, note: string | null } | null, capUsage: (
      { windowStart: string }
      & { ' $fragmentRefs'?: { 'CapMeter_CapUsageFragment': CapMeter_CapUsageFragment } }
    ) | null, userErrors: Array<{ code: RefusalCode, field: string | null, message: string }> } };

export type NewDeploymentPage_MunicipalitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type NewDeploymentPage_MunicipalitiesQuery = { municipalities: Array<{ id: string, code: string, name: string }> };

export type NewDeploymentPage_CatalogueQueryVariables = Exact<{
  municipalityCode: string;
  date?: string | null | undefined;
}>;


export type NewDeploymentPage_CatalogueQuery = { catalogue: Array<(
    { id: string, code: string, name: string, asksMotivation: boolean, asksTransport: boolean }
    & { ' $fragmentRefs'?: { 'VoorzieningInfo_VoorzieningFragment': VoorzieningInfo_VoorzieningFragment } }
  )> };

export type NewDeploymentPage_CreateDeploymentMutationVariables = Exact<{
  input: CreateDeploymentInput;
}>;


export type NewDeploymentPage_CreateDeploymentMutation = { createDeployment: { deployment: { id: string } | null, userErrors: Array<{ code: RefusalCode, field: string | null, message: string }> } };

export type VoorzieningInfo_VoorzieningFragment = { id: string, unit: Unit, capAmount: number | null, capWindow: CapWindowKind | null, maxDurationMonths: number | null, policyQuote: string, policySource: string } & { ' $fragmentName'?: 'VoorzieningInfo_VoorzieningFragment' };

export type LoginPage_LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginPage_LoginMutation = { login: { user: { id: string } | null, userErrors: Array<{ code: RefusalCode, field: string | null, message: string }> } };

export type Shell_UserFragment = { id: string, email: string, role: Role, organisation: { id: string, name: string } | null } & { ' $fragmentName'?: 'Shell_UserFragment' };

export type Shell_LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type Shell_LogoutMutation = { logout: { ok: boolean } };

export const CapMeter_CapUsageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CapMeter_capUsage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CapUsage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"usedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"remainingMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"windowStart"}},{"kind":"Field","name":{"kind":"Name","value":"windowEnd"}},{"kind":"Field","name":{"kind":"Name","value":"capWindow"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]} as unknown as DocumentNode<CapMeter_CapUsageFragment, unknown>;
export const DeploymentRow_DeploymentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeploymentRow_deployment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deployment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"voorziening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bsnMasked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capUsage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"usedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"capMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}}]} as unknown as DocumentNode<DeploymentRow_DeploymentFragment, unknown>;
export const DeploymentSummary_DeploymentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeploymentSummary_deployment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deployment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"motivation"}},{"kind":"Field","name":{"kind":"Name","value":"transportByProvider"}},{"kind":"Field","name":{"kind":"Name","value":"voorziening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bsnMasked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DeploymentSummary_DeploymentFragment, unknown>;
export const EntriesList_DeploymentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntriesList_deployment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deployment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"voorziening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<EntriesList_DeploymentFragment, unknown>;
export const VoorzieningInfo_VoorzieningFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VoorzieningInfo_voorziening"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Voorziening"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"capAmount"}},{"kind":"Field","name":{"kind":"Name","value":"capWindow"}},{"kind":"Field","name":{"kind":"Name","value":"maxDurationMonths"}},{"kind":"Field","name":{"kind":"Name","value":"policyQuote"}},{"kind":"Field","name":{"kind":"Name","value":"policySource"}}]}}]} as unknown as DocumentNode<VoorzieningInfo_VoorzieningFragment, unknown>;
export const Shell_UserFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Shell_user"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<Shell_UserFragment, unknown>;
export const App_MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"App_Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Shell_user"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Shell_user"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<App_MeQuery, App_MeQueryVariables>;
export const DeploymentPage_DeploymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeploymentPage_Deployment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deployment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"voorziening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capUsage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CapMeter_capUsage"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeploymentSummary_deployment"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntriesList_deployment"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CapMeter_capUsage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CapUsage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"usedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"remainingMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"windowStart"}},{"kind":"Field","name":{"kind":"Name","value":"windowEnd"}},{"kind":"Field","name":{"kind":"Name","value":"capWindow"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeploymentSummary_deployment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deployment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"motivation"}},{"kind":"Field","name":{"kind":"Name","value":"transportByProvider"}},{"kind":"Field","name":{"kind":"Name","value":"voorziening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bsnMasked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntriesList_deployment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deployment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"voorziening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<DeploymentPage_DeploymentQuery, DeploymentPage_DeploymentQueryVariables>;
export const DeploymentsPage_DeploymentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeploymentsPage_Deployments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deployments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeploymentRow_deployment"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeploymentRow_deployment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deployment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"voorziening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bsnMasked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capUsage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"usedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"capMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}}]} as unknown as DocumentNode<DeploymentsPage_DeploymentsQuery, DeploymentsPage_DeploymentsQueryVariables>;
export const LogHoursForm_LogHoursDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogHoursForm_LogHours"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogHoursInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logHours"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capUsage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"windowStart"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CapMeter_capUsage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CapMeter_capUsage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CapUsage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"usedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"remainingMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"windowStart"}},{"kind":"Field","name":{"kind":"Name","value":"windowEnd"}},{"kind":"Field","name":{"kind":"Name","value":"capWindow"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]} as unknown as DocumentNode<LogHoursForm_LogHoursMutation, LogHoursForm_LogHoursMutationVariables>;
export const NewDeploymentPage_MunicipalitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NewDeploymentPage_Municipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<NewDeploymentPage_MunicipalitiesQuery, NewDeploymentPage_MunicipalitiesQueryVariables>;
export const NewDeploymentPage_CatalogueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NewDeploymentPage_Catalogue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipalityCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"municipalityCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipalityCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"asksMotivation"}},{"kind":"Field","name":{"kind":"Name","value":"asksTransport"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"VoorzieningInfo_voorziening"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VoorzieningInfo_voorziening"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Voorziening"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"capAmount"}},{"kind":"Field","name":{"kind":"Name","value":"capWindow"}},{"kind":"Field","name":{"kind":"Name","value":"maxDurationMonths"}},{"kind":"Field","name":{"kind":"Name","value":"policyQuote"}},{"kind":"Field","name":{"kind":"Name","value":"policySource"}}]}}]} as unknown as DocumentNode<NewDeploymentPage_CatalogueQuery, NewDeploymentPage_CatalogueQueryVariables>;
export const NewDeploymentPage_CreateDeploymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NewDeploymentPage_CreateDeployment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDeploymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDeployment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deployment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<NewDeploymentPage_CreateDeploymentMutation, NewDeploymentPage_CreateDeploymentMutationVariables>;
export const LoginPage_LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LoginPage_Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<LoginPage_LoginMutation, LoginPage_LoginMutationVariables>;
export const Shell_LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Shell_Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}}]}}]}}]} as unknown as DocumentNode<Shell_LogoutMutation, Shell_LogoutMutationVariables>;