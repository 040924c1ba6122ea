import { Column, Entity, PrimaryColumn } from "typeorm";

@Entity({ name: "resident" })
export class ResidentEntity {
  @PrimaryColumn({ type: "uuid", name: "municipality_id" })
  municipalityId: string;

  @PrimaryColumn({ type: "uuid" })
  id: string;

  @Column({ type: "bytea", name: "bsn_hash", select: false })
  bsnHash: Buffer;

  @Column({ type: "bytea", name: "bsn_ciphertext", select: false })
  bsnCiphertext: Buffer;

  /** The last three digits, all the portal shows without a reveal. */
  @Column({ type: "char", length: 3, name: "bsn_hint" })
  bsnHint: string;

  @Column({ type: "text", name: "household_code", nullable: true })
  householdCode: string | null;
}
