// Seeds a region's worth of work straight into the tables with COPY, as the hours service
// would have left it: residents, deployments of every voorziening of both demo municipalities
// spread over twenty providers and three years, their entries, the cap windows' running totals
// (computed with the engine's own window rule).
import { randomBytes, randomUUID } from "node:crypto";
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import copyStreams from "pg-copy-streams";
import { capWindowFor } from "../../dist/server/rules/windows.js";
import { TARIFF_UNIT_FOR } from "../../dist/server/rules/finance.js";
import { addDays } from "../../dist/shared/dates.js";

const { from: copyFrom } = copyStreams;

/** A small deterministic generator, so two runs seed the same shape. */
function random(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function copy(client, sql, lines) {
  const source = Readable.from(
    (function* () {
      let chunk = [];
      for (const line of lines) {
        chunk.push(line);
        if (chunk.length === 2000) {
          yield chunk.join("");
          chunk = [];
        }
      }
      if (chunk.length) yield chunk.join("");
    })(),
  );
  await pipeline(source, client.query(copyFrom(sql)));
}

const daysBetween = (a, b) => Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);

/**
 * `entries` over `deployments` (split 75/25 over GM0637 and GM1945), dates from 1 January two
 * years back up to yesterday. Returns what the load phases need.
 */
export async function seedRegion(client, { entries, deployments, today }) {
  // Bulk loading: no triggers or foreign-key checks per row (the data is consistent by
  // construction); the report summaries are rebuilt from the entries afterwards.
  await client.query("SET session_replication_role = replica");
  const rnd = random(12);
  const firstYear = Number(today.slice(0, 4)) - 2;
  const origin = `${firstYear}-01-01`;
  const yesterday = addDays(today, -1);
  const span = daysBetween(origin, yesterday);

  const municipalities = (await client.query("SELECT id, code FROM municipality WHERE code IN ('GM0637', 'GM1945') ORDER BY code")).rows;
  const [admin] = (await client.query("SELECT id FROM app_user WHERE email = 'beheer@zoetermeer.demo'")).rows;
  const catalogue = {};
  for (const m of municipalities) {
    catalogue[m.id] = (
      await client.query(
        `SELECT DISTINCT ON (v.code) v.code, v.unit, v.cap_amount AS "capAmount", v.cap_window AS "capWindow"
           FROM voorziening v JOIN catalogue_version cv ON cv.municipality_id = v.municipality_id AND cv.id = v.catalogue_version_id
          WHERE v.municipality_id = $1 AND cv.valid_from <= $2 ORDER BY v.code, cv.valid_from DESC`,
        [m.id, today],
      )
    ).rows;
  }

  // Twenty providers with a contract and two tariff periods (a raise from mid-July) per voorziening in both municipalities.
  await client.query(`INSERT INTO provider (name) SELECT 'Benchzorg ' || lpad(g::text, 2, '0') FROM generate_series(1, 18) g ON CONFLICT (name) DO NOTHING`);
  const providers = (await client.query("SELECT id, name FROM provider ORDER BY name LIMIT 20")).rows;
  for (const m of municipalities) {
    await client.query(
      `INSERT INTO contract (municipality_id, provider_id, valid_from)
       SELECT $1, p.id, $2 FROM provider p WHERE NOT EXISTS (SELECT 1 FROM contract c WHERE c.municipality_id = $1 AND c.provider_id = p.id)`,
      [m.id, origin],
    );
    for (const v of catalogue[m.id]) {
      const base = v.unit === "MINUTES" ? 6500 : 4500;
      await client.query(
        `INSERT INTO tariff (municipality_id, contract_id, voorziening_code, unit, amount_cents, valid_from, created_by)
         SELECT c.municipality_id, c.id, $2, $3, $4 + (hashtext(c.id::text) & 511), f.valid_from, $6
           FROM contract c CROSS JOIN (VALUES ($5::date), ($7::date)) f(valid_from)
          WHERE c.municipality_id = $1
         ON CONFLICT DO NOTHING`,
        [m.id, v.code, TARIFF_UNIT_FOR[v.unit], base, origin, admin.id, `${firstYear + 1}-07-15`],
      );
    }
  }

  // Residents: about seven for every ten deployments.
  const residents = {};
  const residentLines = [];
  const share = [0.75, 0.25];
  municipalities.forEach((m, i) => {
    // One resident per deployment: caps are the resident's, and random amounts over several of one
    // resident's deployments could pass a cap that the engine would have refused.
    const count = Math.round(deployments * share[i]);
    residents[m.id] = [];
    for (let r = 0; r < count; r++) {
      const id = randomUUID();
      residents[m.id].push(id);
      residentLines.push(`${m.id}\t${id}\t\\\\x${randomBytes(32).toString("hex")}\t\\\\x${randomBytes(28).toString("hex")}\t${String(r % 1000).padStart(3, "0")}\n`);
    }
  });
  await copy(client, "COPY resident (municipality_id, id, bsn_hash, bsn_ciphertext, bsn_hint) FROM STDIN", residentLines);

  // Deployments: every voorziening, every provider, starts spread over the three years.
  const plan = [];
  municipalities.forEach((m, i) => {
    const count = Math.round(deployments * share[i]);
    const kinds = catalogue[m.id];
    for (let d = 0; d < count; d++) {
      const v = kinds[d % kinds.length];
      const start = addDays(origin, Math.floor(rnd() * (span - 20)));
      const endRaw = addDays(start, 60 + Math.floor(rnd() * 300));
      const end = endRaw >= today ? null : endRaw;
      plan.push({
        municipalityId: m.id,
        id: randomUUID(),
        providerId: providers[Math.floor(rnd() * providers.length)].id,
        residentId: residents[m.id][d],
        v,
        start,
        end,
      });
    }
  });
  await copy(
    client,
    "COPY deployment (municipality_id, id, provider_id, resident_id, voorziening_code, start_date, end_date, window_anchor, created_by) FROM STDIN",
    plan.map((d) => `${d.municipalityId}\t${d.id}\t${d.providerId}\t${d.residentId}\t${d.v.code}\t${d.start}\t${d.end ?? "\\N"}\t${d.start}\t${admin.id}\n`),
  );

  // Entries: an equal share per deployment, amounts that keep every capped window below its cap.
  const perDeployment = Math.ceil(entries / plan.length);
  const windows = new Map();
  let written = 0;
  function* entryLines() {
    for (const d of plan) {
      const last = d.end && d.end < yesterday ? d.end : yesterday;
      const days = Math.max(1, daysBetween(d.start, last) + 1);
      const n = Math.min(perDeployment, entries - written);
      const cap = d.v.capAmount;
      const max = cap ? Math.max(1, Math.floor(cap / perDeployment)) : d.v.unit === "MINUTES" ? 240 : 2;
      const min = Math.max(1, Math.floor(max / 4));
      for (let k = 0; k < n; k++) {
        const date = addDays(d.start, Math.floor(rnd() * days));
        const amount = min + Math.floor(rnd() * (max - min + 1));
        const w = capWindowFor(d.v.capWindow ?? "DEPLOYMENT", { startDate: d.start, endDate: d.end }, date);
        const key = `${d.municipalityId}\tRESIDENT\t${d.residentId}\t${d.v.code}\t${w.start}`;
        const used = windows.get(key);
        if (used) used.amount += amount;
        else windows.set(key, { end: w.end, cap, amount, deployment: d.id });
        written++;
        yield `${d.municipalityId}\t${randomUUID()}\t${d.id}\t${date}\t${amount}\t${admin.id}\n`;
      }
    }
  }
  await copy(client, "COPY hour_entry (municipality_id, id, deployment_id, entry_date, amount, created_by) FROM STDIN", entryLines());
  await copy(
    client,
    "COPY cap_total (municipality_id, owner_kind, owner_id, voorziening_code, window_start, window_end, cap_amount, used_amount, last_deployment_id) FROM STDIN",
    [...windows].map(([key, w]) => `${key}\t${w.end ?? "\\N"}\t${w.cap ?? "\\N"}\t${w.amount}\t${w.deployment}\n`),
  );
  await client.query("SET session_replication_role = DEFAULT");
  return { municipalities, providers, entries: written, deployments: plan.length, firstYear };
}

/**
 * Deployments for the timed writes: recreatieve dagbesteding (no cap) of Zorggroep Horizon in
 * Zoetermeer, from two years back and still running, without entries; the first one gets a
 * long history of one-minute entries (the write-cost comparison).
 */
export async function seedWriteTargets(client, { count, history, today }) {
  const [m] = (await client.query("SELECT id FROM municipality WHERE code = 'GM0637'")).rows;
  const [horizon] = (await client.query("SELECT id FROM provider WHERE name = 'Zorggroep Horizon'")).rows;
  const [employee] = (await client.query("SELECT id FROM app_user WHERE email = 'medewerker@horizon.demo'")).rows;
  const start = addDays(today, -700);
  const ids = [];
  const residentOf = {};
  for (let i = 0; i < count; i++) {
    const resident = randomUUID();
    await client.query(
      `INSERT INTO resident (municipality_id, id, bsn_hash, bsn_ciphertext, bsn_hint) VALUES ($1, $2, $3, $4, '000')`,
      [m.id, resident, randomBytes(32), randomBytes(28)],
    );
    const id = randomUUID();
    await client.query(
      `INSERT INTO deployment (municipality_id, id, provider_id, resident_id, voorziening_code, start_date, window_anchor, created_by, motivation)
       VALUES ($1, $2, $3, $4, 'RECREATIEVE_DAGBESTEDING', $5, $5, $6, 'Benchmark')`,
      [m.id, id, horizon.id, resident, start, employee.id],
    );
    ids.push(id);
    residentOf[id] = resident;
  }
  await client.query(
    `INSERT INTO hour_entry (municipality_id, deployment_id, entry_date, amount, created_by)
     SELECT $1, $2, $3::date + (g % 690), 1, $4 FROM generate_series(0, $5 - 1) g`,
    [m.id, ids[0], start, employee.id, history],
  );
  await client.query(
    `INSERT INTO cap_total (municipality_id, owner_kind, owner_id, voorziening_code, window_start, used_amount, last_deployment_id)
     VALUES ($1, 'RESIDENT', $2, 'RECREATIEVE_DAGBESTEDING', $3, $4, $5)`,
    [m.id, residentOf[ids[0]], start, history, ids[0]],
  );
  return { municipalityId: m.id, start, longHistory: ids[0], empty: ids[1], writers: ids.slice(2), residentOf };
}
