import { existsSync, readdirSync, readFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readConfig } from "../../server/app/config.js";
import { addDays } from "../../shared/dates.js";
import { today } from "../support/fixtures.js";
import { GraphQLSession } from "../support/graphql.js";
import { startTestPortal, type TestPortal } from "../support/portal.js";

/**
 * How the built portal and the API reach a browser: compressed, cached as long as is safe, and
 * with the headers that limit what a page may do. Over raw HTTP (node:http, not fetch), so that
 * the test sees the bytes on the wire and decodes them itself.
 */
let portal: TestPortal;
const clientDir = readConfig({}).clientDir;

beforeAll(async () => {
  if (!existsSync(path.join(clientDir, "index.html"))) throw new Error("Build the client first: npm run build:client");
  portal = await startTestPortal();
});
afterAll(() => portal?.stop());

interface Raw {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

function get(urlPath: string, headers: Record<string, string> = {}, method = "GET", body?: string): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const request = http.request(`${portal.url}${urlPath}`, { method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
    });
    request.on("error", reject);
    request.end(body);
  });
}

function decoded(raw: Raw): Buffer {
  const encoding = raw.headers["content-encoding"];
  if (encoding === "br") return brotliDecompressSync(raw.body);
  if (encoding === "gzip") return gunzipSync(raw.body);
  expect(encoding).toBeUndefined();
  return raw.body;
}

const assets = () => readdirSync(path.join(clientDir, "assets")).filter((file) => /\.(js|css)$/.test(file));
const indexHtml = () => readFileSync(path.join(clientDir, "index.html"));
const CLIENT_ROUTES = ["/", "/index.html", "/uren", "/inzetten/0d3f6a2e-0000-4000-8000-000000000000", "/gemeente/jaaroverzicht", "/bestaat/niet"];

describe("the built portal", () => {
  it("sends every script and stylesheet as Brotli, gzip or plain, as the browser accepts, each decoding to the file", async () => {
    expect(assets().some((file) => file.endsWith(".js"))).toBe(true);
    expect(assets().some((file) => file.endsWith(".css"))).toBe(true);
    for (const file of assets()) {
      const original = readFileSync(path.join(clientDir, "assets", file));
      // The build skips a twin that would not be smaller, which only happens to tiny files.
      const twin = (suffix: string) => existsSync(path.join(clientDir, "assets", file + suffix));
      if (original.length > 1024) expect([twin(".br"), twin(".gz")], file).toEqual([true, true]);
      const cases = [["gzip, deflate, br, zstd", twin(".br") ? "br" : twin(".gz") ? "gzip" : undefined], ["gzip", twin(".gz") ? "gzip" : undefined], ["identity", undefined]] as const;
      for (const [accept, encoding] of cases) {
        const raw = await get(`/assets/${file}`, { "accept-encoding": accept });
        expect(raw.status, `${file} (${accept})`).toBe(200);
        expect(raw.headers["content-encoding"], `${file} (${accept})`).toBe(encoding);
        if (twin(".gz")) expect(raw.headers.vary).toMatch(/Accept-Encoding/i);
        expect(raw.headers["content-type"]).toMatch(file.endsWith(".js") ? /^text\/javascript; charset=utf-8$/i : /^text\/css; charset=utf-8$/i);
        if (encoding) expect(raw.body.length).toBeLessThan(original.length > 10_000 ? original.length / 2 : original.length);
        expect(decoded(raw).equals(original), `${file} (${accept}) decodes to the file`).toBe(true);
      }
    }
  });

  it("caches hashed assets for a year and revalidates the page on every client route alike", async () => {
    for (const file of assets()) {
      const raw = await get(`/assets/${file}`, { "accept-encoding": "br" });
      expect(raw.headers["cache-control"], file).toBe("public, max-age=31536000, immutable");
    }
    const pages = await Promise.all(CLIENT_ROUTES.map((route) => get(route, { "accept-encoding": "br, gzip" })));
    for (const [i, page] of pages.entries()) {
      const route = CLIENT_ROUTES[i];
      expect(page.status, route).toBe(200);
      expect(page.headers["cache-control"], route).toBe("no-cache");
      expect(page.headers["content-type"], route).toMatch(/^text\/html; charset=utf-8$/i);
      expect(page.headers["content-encoding"], route).toBe("br");
      expect(page.headers.vary, route).toMatch(/Accept-Encoding/i);
      expect(decoded(page).equals(indexHtml()), `${route} is index.html`).toBe(true);
      // A validator, so that no-cache costs a 304 rather than the page.
      expect(page.headers.etag, route).toBe(pages[0].headers.etag);
    }
    const again = await get("/uren", { "accept-encoding": "br, gzip", "if-none-match": pages[0].headers.etag! });
    expect(again.status).toBe(304);
  });

  it("links one stylesheet with the components the portal shows and without those it never uses", async () => {
    const page = decoded(await get("/", { "accept-encoding": "br" })).toString("utf8");
    const links = [...page.matchAll(/<link rel="stylesheet"[^>]* href="([^"]+)"/g)].map((m) => m[1]);
    expect(links).toHaveLength(1);
    const css = decoded(await get(links[0], { "accept-encoding": "br" })).toString("utf8");
    // Kept: the buttons, badges and tables on the list, with variants the scripts build at run time.
    for (const rule of [".utrecht-button--primary-action", ".utrecht-status-badge--active", ".utrecht-status-badge--inactive", ".utrecht-table__cell", ".viv-frame"]) {
      expect(css, rule).toContain(rule);
    }
    expect(css).toContain("--utrecht-button-primary-action-background-color:");
    // Dropped: components and design tokens of the library the portal has no use for.
    for (const rule of [".utrecht-calendar", ".utrecht-accordion", ".utrecht-youtube-video", "--utrecht-calendar-"]) expect(css, rule).not.toContain(rule);
  });

  it("answers an asset that does not exist with a 404, not with the page", async () => {
    const raw = await get("/assets/index-verouderd.js", { "accept-encoding": "br, gzip" });
    expect(raw.status).toBe(404);
    expect(raw.headers["content-type"]).toBe("text/plain; charset=utf-8");
    expect(raw.headers["cache-control"]).toBeUndefined();
    expect(decoded(raw).toString()).toBe("Dit bestand bestaat niet (meer). Laad de pagina opnieuw.");
  });
});

describe("the API", () => {
  it("compresses a GraphQL answer worth compressing, and leaves a small one as it is", async () => {
    const session = await new GraphQLSession(portal.url).login("medewerker@horizon.demo");
    const cookie = (session as unknown as { cookie: string }).cookie;
    const query = (text: string) => get("/graphql", { "content-type": "application/json", "accept-encoding": "br, gzip", cookie }, "POST", JSON.stringify({ query: text }));

    const large = await query("{ deployments(first: 50) { edges { node { id startDate status voorziening { code name } capUsage { usedMinutes capMinutes } } } } }");
    expect(large.status).toBe(200);
    expect(large.headers["content-encoding"]).toBe("br");
    expect(large.headers.vary).toMatch(/Accept-Encoding/i);
    const body = JSON.parse(decoded(large).toString("utf8"));
    expect(body.errors).toBeUndefined();
    expect(body.data.deployments.edges.length).toBeGreaterThan(5);
    expect(body.data.deployments.edges[0].node.voorziening.name).toEqual(expect.any(String));

    const small = await query("{ me { role } }");
    expect(small.headers["content-encoding"]).toBeUndefined();
    expect(JSON.parse(small.body.toString("utf8"))).toEqual({ data: { me: { role: "PROVIDER_EMPLOYEE" } } });
  });

  it("compresses the CSV export to the same bytes, and leaves the XLSX (a zip already) as it is", async () => {
    const finance = await new GraphQLSession(portal.url).login("financien@zoetermeer.demo");
    const cookie = (finance as unknown as { cookie: string }).cookie;
    const range = new URLSearchParams({ municipalityCode: "GM0637", from: addDays(today, -500), to: today });
    const plain = await get(`/exports/usage.csv?${String(range)}`, { cookie, "accept-encoding": "identity" });
    const gzipped = await get(`/exports/usage.csv?${String(range)}`, { cookie, "accept-encoding": "gzip" });
    expect(plain.status).toBe(200);
    expect(plain.body.length).toBeGreaterThan(1024);
    expect(gzipped.headers["content-encoding"]).toBe("gzip");
    expect(gzipped.headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(decoded(gzipped).toString("utf8")).toBe(plain.body.toString("utf8"));
    expect(plain.body.toString("utf8")).toContain("Maand;Dienstverlener;Voorziening");

    const xlsx = await get(`/exports/usage.xlsx?${String(range)}`, { cookie, "accept-encoding": "br, gzip" });
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers["content-encoding"]).toBeUndefined();
    expect(xlsx.body.subarray(0, 2).toString("latin1")).toBe("PK");
  });
});

describe("what a page may do", () => {
  it("forbids camera, microphone, geolocation and payment on the page, the API and the health check", async () => {
    for (const route of ["/", "/uren", "/graphql?query=%7B__typename%7D", "/healthz"]) {
      const policy = String((await get(route, { "apollo-require-preflight": "1" })).headers["permissions-policy"]);
      for (const feature of ["camera", "microphone", "geolocation", "payment", "usb"]) expect(policy, route).toContain(`${feature}=()`);
    }
  });

  it("clears the browser's cache, cookies and storage for the portal at logout, and only then", async () => {
    const session = await new GraphQLSession(portal.url).login("medewerker@horizon.demo");
    const cookie = (session as unknown as { cookie: string }).cookie;
    const post = (query: string) => get("/graphql", { "content-type": "application/json", cookie }, "POST", JSON.stringify({ query }));

    const me = await post("{ me { role } }");
    expect(me.headers["clear-site-data"]).toBeUndefined();
    const logout = await post("mutation { logout { ok } }");
    expect(JSON.parse(logout.body.toString("utf8"))).toEqual({ data: { logout: { ok: true } } });
    expect(logout.headers["clear-site-data"]).toBe('"cache", "cookies", "storage"');
    expect(String(logout.headers["set-cookie"])).toMatch(/viv_session=;/);
  });
});
