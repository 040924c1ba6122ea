import DataLoader from "dataloader";
import type { DataSource } from "typeorm";
import { CatalogueVersionEntity } from "../modules/catalogue/catalogue-version.entity.js";
import { MunicipalityEntity } from "../modules/organisation/municipality.entity.js";
import { ProviderEntity } from "../modules/organisation/provider.entity.js";
import { ResidentEntity } from "../modules/resident/resident.entity.js";

/** Per-request batching, so a list of deployments does not query once per row per field. */
export function createLoaders(db: DataSource) {
  return {
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
