import http from "node:http";

/**
 * A GraphQL client that speaks plain HTTP to the portal, as a browser or a provider's system
 * would, keeping the session cookie that login sets.
 */
export class GraphQLSession {
  private cookie: string | null = null;

  /**
   * `from`: a loopback address such as 127.0.0.7 to send from, so that a test can play several
   * clients with different addresses (Linux answers the whole of 127.0.0.0/8).
   */
  constructor(
    private readonly baseUrl: string,
    private readonly from?: string,
  ) {}

  async request<T = any>(query: string, variables?: Record<string, unknown>): Promise<{ status: number; data: T; errors?: Array<{ message: string; extensions?: { code?: string } }> }> {
    const headers: Record<string, string> = { "content-type": "application/json", ...(this.cookie ? { cookie: this.cookie } : {}) };
    const body = JSON.stringify({ query, variables });
    const response = this.from ? await postFrom(this.from, `${this.baseUrl}/graphql`, headers, body) : await post(`${this.baseUrl}/graphql`, headers, body);
    if (response.setCookie) this.cookie = response.setCookie.split(";")[0];
    const parsed = JSON.parse(response.body) as { data: T; errors?: Array<{ message: string; extensions?: { code?: string } }> };
    return { status: response.status, data: parsed.data, errors: parsed.errors };
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

interface RawResponse {
  status: number;
  setCookie: string | null;
  body: string;
}

async function post(url: string, headers: Record<string, string>, body: string): Promise<RawResponse> {
  const response = await fetch(url, { method: "POST", headers, body });
  return { status: response.status, setCookie: response.headers.get("set-cookie"), body: await response.text() };
}

/** The portal listens on 127.0.0.1; node:http lets the test choose its own source address. */
function postFrom(localAddress: string, url: string, headers: Record<string, string>, body: string): Promise<RawResponse> {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: "127.0.0.1", port: target.port, path: target.pathname, method: "POST", localAddress, headers: { ...headers, "content-length": Buffer.byteLength(body) }, agent: false },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (chunk) => (text += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, setCookie: res.headers["set-cookie"]?.[0] ?? null, body: text }));
      },
    );
    req.on("error", reject);
    req.end(body);
  });
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
