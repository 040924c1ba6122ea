import DataLoader from "dataloader";
import type { DataSource } from "typeorm";
import type { IsoDate } from "../../shared/dates.js";
import type { CapOwnerKind } from "../rules/cap-owner.js";
import type { VoorzieningEntity } from "../modules/catalogue/voorziening.entity.js";
import type { Services } from "./services.js";
import { CatalogueVersionEntity } from "../modules/catalogue/catalogue-version.entity.js";
import { MunicipalityEntity } from "../modules/organisation/municipality.entity.js";
import { ProviderEntity } from "../modules/organisation/provider.entity.js";
import { ResidentEntity } from "../modules/resident/resident.entity.js";

interface RuleKey {
  municipalityId: string;
  code: string;
  date: IsoDate;
}

interface WindowKey {
  municipalityId: string;
  residentId: string;
  voorzieningCode: string;
  /** Whose total it is (rules/cap-owner.ts); a resident without a household counts alone. */
  ownerKind: CapOwnerKind;
  windowStart: IsoDate;
}

/** Per-request batching, so a list of deployments does not query once per row per field. */
export function createLoaders(services: Pick<Services, "db" | "catalogue">) {
  const db = services.db;
  return {
    /** The voorziening's rule in force on a date; the same rule for many rows is read once. */
    voorziening: new DataLoader<RuleKey, VoorzieningEntity | null, string>(
      (keys) => Promise.all(keys.map((k) => services.catalogue.voorzieningOn(db.manager, k.municipalityId, k.code, k.date))),
      { cacheKeyFn: (k) => `${k.municipalityId}|${k.code}|${k.date}` },
    ),
    /** Running totals of many residents' or households' windows in one query. */
    usedInWindow: new DataLoader<WindowKey, number, string>(
      async (keys) => {
        const rows: Array<{ i: string; used: number }> = await db.query(
          `SELECT k.i::text AS i, u.used_amount AS used
             FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::date[]) WITH ORDINALITY AS k(m, resident, code, kind, w, i)
             JOIN resident r ON r.municipality_id = k.m AND r.id = k.resident
             LEFT JOIN household h ON k.kind = 'HOUSEHOLD' AND h.municipality_id = k.m AND h.code = r.household_code
             JOIN cap_total u ON u.municipality_id = k.m AND u.owner_kind = CASE WHEN h.id IS NULL THEN 'RESIDENT' ELSE 'HOUSEHOLD' END
                             AND u.owner_id = COALESCE(h.id, k.resident) AND u.voorziening_code = k.code AND u.window_start = k.w`,
          [keys.map((k) => k.municipalityId), keys.map((k) => k.residentId), keys.map((k) => k.voorzieningCode), keys.map((k) => k.ownerKind), keys.map((k) => k.windowStart)],
        );
        const found = new Map(rows.map((r) => [Number(r.i) - 1, r.used]));
        return keys.map((_, i) => found.get(i) ?? 0);
      },
      { cacheKeyFn: (k) => `${k.residentId}|${k.voorzieningCode}|${k.ownerKind}|${k.windowStart}` },
    ),
    /** Deployments' start dates (a waakvlam review's period counts from it), many in one query. */
    deploymentStart: new DataLoader<{ municipalityId: string; deploymentId: string }, IsoDate | null, string>(
      async (keys) => {
        const rows: Array<{ id: string; start: IsoDate }> = await db.query(
          `SELECT id::text, start_date::text AS start FROM deployment
            WHERE (municipality_id, id) IN (SELECT * FROM unnest($1::uuid[], $2::uuid[]))`,
          [keys.map((k) => k.municipalityId), keys.map((k) => k.deploymentId)],
        );
        const found = new Map(rows.map((r) => [r.id, r.start]));
        return keys.map((k) => found.get(k.deploymentId) ?? null);
      },
      { cacheKeyFn: (k) => `${k.municipalityId}|${k.deploymentId}` },
    ),
    municipality: byId(db, MunicipalityEntity),
    provider: byId(db, ProviderEntity),
    catalogueVersion: byId(db, CatalogueVersionEntity),
    resident: byId(db, ResidentEntity),
    userEmail: new DataLoader<string, string | null>(async (ids) => {
      const rows: Array<{ id: string; email: string }> = await db.query("SELECT id, email FROM app_user WHERE id = ANY($1)", [[...ids]]);
      const found = new Map(rows.map((r) => [r.id, r.email]));
      return ids.map((id) => found.get(id) ?? null);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

function byId<T extends { id: string }>(db: DataSource, entity: new () => T): DataLoader<string, T | null> {
  return new DataLoader(async (ids) => {
    const rows = await db
      .getRepository(entity)
      .createQueryBuilder("x")
      .where("x.id = ANY(:ids)", { ids: [...ids] })
      .getMany();
    const found = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

declare module "../platform/context.js" {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface RequestLoaders extends Loaders {}
}
