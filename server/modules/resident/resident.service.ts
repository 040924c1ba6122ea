import { randomUUID } from "node:crypto";
import type { EntityManager } from "typeorm";
import type { BsnVault } from "./bsn-vault.js";
import { ResidentEntity } from "./resident.entity.js";

export class ResidentService {
  constructor(private readonly vault: BsnVault) {}

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
}
