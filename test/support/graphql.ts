/**
 * A GraphQL client that speaks plain HTTP to the portal, as a browser or a provider's system
 * would, keeping the session cookie that login sets.
 */
export class GraphQLSession {
  private cookie: string | null = null;

  constructor(private readonly baseUrl: string) {}

  async request<T = any>(query: string, variables?: Record<string, unknown>): Promise<{ status: number; data: T; errors?: Array<{ message: string; extensions?: { code?: string } }> }> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(this.cookie ? { cookie: this.cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = response.headers.get("set-cookie");
    if (setCookie) this.cookie = setCookie.split(";")[0];
    const body = (await response.json()) as { data: T; errors?: Array<{ message: string; extensions?: { code?: string } }> };
    return { status: response.status, data: body.data, errors: body.errors };
  }

  /** The same session (its cookie) sent to another portal process on the same database. */
  on(baseUrl: string): GraphQLSession {
    const other = new GraphQLSession(baseUrl);
    other.cookie = this.cookie;
    return other;
  }

  /** Logs in and fails the test loudly if the portal refuses. */
  async login(email: string, password = "demo"): Promise<this> {
    const result = await this.request(
      `mutation Login($input: LoginInput!) { login(input: $input) { user { id role } userErrors { code message } } }`,
      { input: { email, password } },
    );
    if (!result.data?.login?.user) throw new Error(`login failed for ${email}: ${JSON.stringify(result)}`);
    return this;
  }
}

const CAP_USAGE = "capMinutes usedMinutes remainingMinutes windowStart windowEnd";
/** The fields of an entry payload (logHours, correctHours): the entry, its window's usage, or why not. */
const ENTRY_PAYLOAD = `entry { id date minutes } capUsage { ${CAP_USAGE} } userErrors { code field message capUsage { ${CAP_USAGE} } }`;

export const LOG_HOURS = `mutation LogHours($input: LogHoursInput!) { logHours(input: $input) { ${ENTRY_PAYLOAD} } }`;

export const CREATE_DEPLOYMENT = `
  mutation CreateDeployment($input: CreateDeploymentInput!) {
    createDeployment(input: $input) {
      deployment { id startDate endDate status voorziening { code capAmount } }
      userErrors { code field message }
    }
  }`;

export const CORRECT_HOURS = `mutation CorrectHours($input: CorrectHoursInput!) { correctHours(input: $input) { ${ENTRY_PAYLOAD} } }`;

export const DELETE_HOURS = `
  mutation DeleteHours($input: DeleteHoursInput!) {
    deleteHours(input: $input) {
      capUsage { ${CAP_USAGE} }
      userErrors { code field message }
    }
  }`;
