import { randomUUID } from "node:crypto";
import type { DataSource, EntityManager } from "typeorm";
import { isUuid } from "../../platform/ids.js";
import type { Refusal } from "../../rules/types.js";
import type { Actor, Origin } from "../../platform/actor.js";
import { assertCan } from "../access/permissions.js";
import { recordAudit } from "../audit/audit.service.js";
import type { BsnVault } from "./bsn-vault.js";
import { ResidentEntity } from "./resident.entity.js";
import { scopedResidentIdSql } from "./scoped-id.js";

export class ResidentService {
  constructor(
    private readonly db: DataSource,
    private readonly vault: BsnVault,
  ) {}

  /**
   * The full BSN of a resident the actor works with (a provider: one of its deployments; a
   * municipality: its own resident). Every reveal is in the audit trail.
   */
  async reveal(actor: Actor | null, origin: Origin, residentId: string): Promise<string | Refusal> {
    const user = assertCan(actor, "resident.reveal");
    const notFound: Refusal = { code: "NOT_FOUND", field: "residentId", message: "Deze inwoner bestaat niet, of u heeft geen toegang." };
    if (!isUuid(residentId)) return notFound;
    // A provider names the resident by its own scoped id (scoped-id.ts), and only through one of its deployments.
    const [row] = user.providerId
      ? await this.db.query<Array<{ id: string; municipalityId: string; sealed: Buffer }>>(
          `SELECT r.id, r.municipality_id AS "municipalityId", r.bsn_ciphertext AS sealed
             FROM deployment d JOIN resident r ON r.municipality_id = d.municipality_id AND r.id = d.resident_id
            WHERE d.provider_id = $2 AND (r.id = $1 OR ${scopedResidentIdSql("d.provider_id", "r.id")} = replace($1::text, '-', ''))
            LIMIT 1`,
          [residentId, user.providerId],
        )
      : await this.db.query<Array<{ id: string; municipalityId: string; sealed: Buffer }>>(`SELECT r.id, r.municipality_id AS "municipalityId", r.bsn_ciphertext AS sealed FROM resident r WHERE r.id = $1 AND r.municipality_id = $2`, [
          residentId,
          user.municipalityId,
        ]);
    if (!row) return notFound;
    await recordAudit(this.db.manager, user, origin, { action: "resident.reveal", municipalityId: row.municipalityId, objectType: "resident", objectId: row.id, result: "OK" });
    return this.vault.decrypt(row.sealed);
  }

  /** The municipality's resident with this (valid, normalised) BSN, created on first use, its row locked until the transaction ends. */
  async findOrCreateLocked(manager: EntityManager, municipalityId: string, bsn: string): Promise<ResidentEntity> {
    const bsnHash = this.vault.hash(bsn);
    // ON CONFLICT makes two first deployments for the same resident at once meet in one row.
    await manager.query(
      `INSERT INTO resident (municipality_id, id, bsn_hash, bsn_ciphertext, bsn_hint)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT (municipality_id, bsn_hash) DO NOTHING`,
      [municipalityId, randomUUID(), bsnHash, this.vault.encrypt(bsn), bsn.slice(-3)],
    );
    return manager.getRepository(ResidentEntity).findOneOrFail({ where: { municipalityId, bsnHash }, lock: { mode: "pessimistic_write" } });
  }

  /** The ids of the municipality's residents with these (valid, normalised) BSNs; a BSN the municipality does not know is absent. */
  async idsByBsn(manager: EntityManager, municipalityId: string, bsns: readonly string[]): Promise<Map<string, string>> {
    const byHash = new Map(bsns.map((bsn) => [this.vault.hash(bsn).toString("hex"), bsn]));
    const rows: Array<{ id: string; hash: Buffer }> = await manager.query(
      "SELECT id, bsn_hash AS hash FROM resident WHERE municipality_id = $1 AND bsn_hash = ANY($2::bytea[])",
      [municipalityId, [...byHash.keys()].map((hex) => Buffer.from(hex, "hex"))],
    );
    return new Map(rows.map((r) => [byHash.get(r.hash.toString("hex"))!, r.id]));
  }

  /**
   * How a declaration names each resident: the BSN for the provider that declares (an iWmo
   * declaration needs it), a pseudonymous reference for finance.
   */
  async declarationNames(manager: EntityManager, municipalityId: string, residentIds: readonly string[], withBsn: boolean): Promise<Map<string, string>> {
    if (!withBsn) return new Map(residentIds.map((id) => [id, this.vault.reference(municipalityId, id)]));
    const rows: Array<{ id: string; sealed: Buffer }> = await manager.query(
      "SELECT id, bsn_ciphertext AS sealed FROM resident WHERE municipality_id = $1 AND id = ANY($2::uuid[])",
      [municipalityId, [...residentIds]],
    );
    return new Map(rows.map((r) => [r.id, this.vault.decrypt(r.sealed)]));
  }
}
