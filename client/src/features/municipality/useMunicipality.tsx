import { useQuery } from "@apollo/client/react";
import { graphql } from "../../gql";

const MunicipalityMeQuery = graphql(`
  query Municipality_Me {
    me {
      id
      organisation {
        id
        code
        name
      }
    }
  }
`);

/**
 * The municipality the logged-in officer (or finance) works for: `me.organisation`. Null while
 * loading; `code` is null for an account without a municipality.
 */
export function useMunicipality(): { code: string | null; name: string; loading: boolean } {
  const { data, loading } = useQuery(MunicipalityMeQuery);
  const organisation = data?.me.organisation;
  return { code: organisation?.code ?? null, name: organisation?.name ?? "", loading };
}
