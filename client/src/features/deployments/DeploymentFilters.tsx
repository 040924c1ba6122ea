import { useApolloClient, useQuery } from "@apollo/client/react";
import { Button, Select, SelectOption, Textbox } from "@utrecht/component-library-react";
import { useEffect, useState } from "react";
import { Field } from "../../components/Field";
import { graphql } from "../../gql";
import type { DeploymentStatus } from "../../gql/graphql";
import { STATUS_LABELS } from "./labels";

const MunicipalitiesQuery = graphql(`
  query DeploymentFilters_Municipalities {
    municipalities {
      id
      code
      name
    }
  }
`);

const CatalogueQuery = graphql(`
  query DeploymentFilters_Catalogue($municipalityCode: String!) {
    catalogue(municipalityCode: $municipalityCode) {
      id
      code
      name
    }
  }
`);

export interface DeploymentFilterValues {
  municipalityCode: string;
  voorzieningCode: string;
  status: DeploymentStatus | "";
}

interface DeploymentFiltersProps {
  values: DeploymentFilterValues;
  onChange: (patch: Partial<DeploymentFilterValues>) => void;
  /** The last digits of a BSN: kept in memory only, never in the URL. */
  bsnSearch: string;
  onBsnSearch: (text: string) => void;
}

const STATUSES: DeploymentStatus[] = ["PLANNED", "ACTIVE", "ENDED"];

/**
 * Filters of the deployment list. Voorziening, status and municipality are asked of the server;
 * the BSN search runs in the browser on the masked BSNs already shown, so that no BSN, nor
 * anything that could be one, travels in a URL, a log or the browser history.
 */
export function DeploymentFilters({ values, onChange, bsnSearch, onBsnSearch }: DeploymentFiltersProps) {
  const municipalities = useQuery(MunicipalitiesQuery).data?.municipalities ?? [];
  // One municipality (always so for a municipality's own staff): nothing to choose.
  const groups = useVoorzieningGroups(
    values.municipalityCode ? municipalities.filter((m) => m.code === values.municipalityCode) : municipalities,
  );

  return (
    // Nothing here is ever submitted: the filters apply as they change.
    <form role="search" aria-label="Inzetten filteren" method="post" className="viv-filters" onSubmit={(e) => e.preventDefault()}>
      {municipalities.length > 1 && (
        <Field id="filter-municipality" label="Gemeente">
          <Select
            id="filter-municipality"
            value={values.municipalityCode}
            onChange={(e) => onChange({ municipalityCode: e.target.value, voorzieningCode: "" })}
          >
            <SelectOption value="">Alle gemeenten</SelectOption>
            {municipalities.map((m) => (
              <SelectOption key={m.id} value={m.code}>
                {m.name}
              </SelectOption>
            ))}
          </Select>
        </Field>
      )}
      <Field id="filter-voorziening" label="Voorziening">
        <Select id="filter-voorziening" value={values.voorzieningCode} onChange={(e) => onChange({ voorzieningCode: e.target.value })}>
          <SelectOption value="">Alle voorzieningen</SelectOption>
          {groups.map((group) => {
            const options = group.options.map((v) => (
              <SelectOption key={v.id} value={v.code}>
                {v.name}
              </SelectOption>
            ));
            return group.label ? (
              <optgroup key={group.label} label={group.label}>
                {options}
              </optgroup>
            ) : (
              options
            );
          })}
        </Select>
      </Field>
      <Field id="filter-status" label="Status">
        <Select
          id="filter-status"
          value={values.status}
          onChange={(e) => onChange({ status: e.target.value as DeploymentStatus | "" })}
        >
          <SelectOption value="">Alle statussen</SelectOption>
          {STATUSES.map((s) => (
            <SelectOption key={s} value={s}>
              {STATUS_LABELS[s]}
            </SelectOption>
          ))}
        </Select>
      </Field>
      {/* The portal shows only the last 3 digits of a BSN, so that is all there is to search. */}
      <Field id="filter-bsn" label="Laatste 3 cijfers BSN">
        <Textbox
          id="filter-bsn"
          className="viv-filters__bsn"
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          value={bsnSearch}
          onChange={(e) => onBsnSearch(e.target.value)}
        />
      </Field>
      {/* Always shown, so that using it never takes the focus away with it. */}
      <Button
        appearance="secondary-action-button"
        className="viv-filters__clear"
        onClick={() => {
          onChange({ municipalityCode: "", voorzieningCode: "", status: "" });
          onBsnSearch("");
        }}
      >
        Filters wissen
      </Button>
    </form>
  );
}

interface VoorzieningGroup {
  /** Null when there is one municipality: then the options need no group. */
  label: string | null;
  options: { id: string; code: string; name: string }[];
}

/**
 * The voorzieningen of the municipalities' catalogues, grouped per municipality when there
 * are more. Loaded here rather than in the options themselves, so that the select renders
 * again when they arrive and shows the voorziening from the URL as chosen.
 */
function useVoorzieningGroups(municipalities: { code: string; name: string }[]): VoorzieningGroup[] {
  const client = useApolloClient();
  const [groups, setGroups] = useState<VoorzieningGroup[]>([]);
  const key = municipalities.map((m) => m.code).join(",");
  useEffect(() => {
    let current = true;
    Promise.all(municipalities.map((m) => client.query({ query: CatalogueQuery, variables: { municipalityCode: m.code } })))
      .then((results) => {
        if (!current) return;
        setGroups(
          results.map((r, i) => ({
            label: municipalities.length > 1 ? municipalities[i].name : null,
            options: r.data?.catalogue ?? [],
          })),
        );
      })
      // Without the catalogue the filter offers "Alle voorzieningen" only; the list still works.
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [client, key]);
  return groups;
}

/** Whether a masked BSN ("******782") matches what was typed: its last digits, at most the 3 shown. */
export function matchesBsnSearch(bsnMasked: string, search: string): boolean {
  const digits = search.replace(/\D/g, "");
  if (digits === "") return true;
  const shown = bsnMasked.replace(/\D/g, "");
  return shown.endsWith(digits.slice(-shown.length));
}
