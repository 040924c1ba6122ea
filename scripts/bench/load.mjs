// The load side of the benchmark: GraphQL over HTTP as a browser or a provider system sends it,
// closed-loop clients that each send the next request when the last one answered, and the
// figures (throughput and latency percentiles).
import { readFile, writeFile } from "node:fs/promises";
import { performance } from "node:perf_hooks";

export class Http {
  constructor(base) {
    this.base = base;
  }

  async gql(auth, query, variables) {
    const response = await fetch(`${this.base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...auth },
      body: JSON.stringify({ query, variables }),
    });
    const body = await response.json();
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return { data: body.data, response };
  }

  /** A session cookie for a demo account. */
  async login(email) {
    const { response, data } = await this.gql({}, `mutation { login(input: { email: "${email}", password: "demo" }) { user { id } userErrors { code } } }`);
    if (!data.login.user) throw new Error(`login ${email}: ${JSON.stringify(data.login.userErrors)}`);
    return { cookie: response.headers.get("set-cookie").split(";")[0] };
  }
}

export function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export function summarise(latencies, seconds) {
  const sorted = [...latencies].sort((a, b) => a - b);
  return { count: sorted.length, perSecond: sorted.length / seconds, p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99) };
}

/**
 * `clients` loops, each calling `work(client, i)` again as soon as it answered, for `seconds`
 * (after a short warm-up that is not counted). A failed call stops the run: a benchmark of
 * refusals would measure the wrong thing.
 */
export async function closedLoop(clients, seconds, work) {
  const warmUntil = performance.now() + Math.min(500, seconds * 200);
  const until = warmUntil + seconds * 1000;
  const latencies = [];
  let counter = 0;
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      for (;;) {
        const t0 = performance.now();
        if (t0 >= until) return;
        await work(client, counter++);
        const t1 = performance.now();
        if (t0 >= warmUntil) latencies.push(t1 - t0);
      }
    }),
  );
  return summarise(latencies, seconds);
}

/** Timings of `runs` calls one after another. */
export async function sequential(runs, work) {
  const latencies = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await work(i);
    latencies.push(performance.now() - t0);
  }
  return summarise(latencies, latencies.reduce((a, b) => a + b, 0) / 1000);
}

/** The server's peak resident memory since the last reset, in MB (Linux: VmHWM, reset through clear_refs). */
export const peakRss = {
  async reset(pid) {
    await writeFile(`/proc/${pid}/clear_refs`, "5").catch(() => {});
  },
  async read(pid) {
    const status = await readFile(`/proc/${pid}/status`, "utf8");
    return Number(/VmHWM:\s+(\d+)/.exec(status)[1]) / 1024;
  },
};

export const ms = (x) => (Number.isFinite(x) ? `${x.toFixed(1)} ms` : "n/a");
