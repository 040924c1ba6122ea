import { Column, Entity, PrimaryColumn } from "typeorm";

@Entity({ name: "hour_entry" })
export class HourEntryEntity {
  @PrimaryColumn({ type: "uuid", name: "municipality_id" })
  municipalityId: string;

  @PrimaryColumn({ type: "uuid" })
  id: string;

  @Column({ type: "uuid", name: "deployment_id" })
  deploymentId: string;

  @Column({ type: "date", name: "entry_date" })
  entryDate: string;

  /** In the voorziening's unit: minutes, dagdelen or etmalen. */
  @Column({ type: "integer" })
  amount: number;

  @Column({ type: "text", nullable: true })
  note: string | null;

  @Column({ type: "text", name: "idempotency_key", nullable: true })
  idempotencyKey: string | null;

  /** Set when the entry was deleted; it then counts nowhere but stays in the history. */
  @Column({ type: "timestamptz", name: "deleted_at", nullable: true })
  deletedAt: Date | null;

  @Column({ type: "integer" })
  version: number;

  @Column({ type: "uuid", name: "created_by" })
  createdBy: string;

  @Column({ type: "timestamptz", name: "created_at" })
  createdAt: Date;
}
