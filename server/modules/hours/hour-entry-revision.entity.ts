import { Column, Entity, PrimaryColumn } from "typeorm";

export type RevisionAction = "CREATED" | "CORRECTED" | "DELETED";

/** One change to an hour entry: who, when, before, after, why. Append-only. */
@Entity({ name: "hour_entry_revision" })
export class HourEntryRevisionEntity {
  @PrimaryColumn({ type: "uuid", name: "municipality_id" })
  municipalityId: string;

  @PrimaryColumn({ type: "bigint", insert: false })
  id: string;

  @Column({ type: "uuid", name: "entry_id" })
  entryId: string;

  @Column({ type: "text" })
  action: RevisionAction;

  @Column({ type: "date", name: "date_before", nullable: true })
  dateBefore: string | null;

  @Column({ type: "integer", name: "amount_before", nullable: true })
  amountBefore: number | null;

  @Column({ type: "date", name: "date_after", nullable: true })
  dateAfter: string | null;

  @Column({ type: "integer", name: "amount_after", nullable: true })
  amountAfter: number | null;

  @Column({ type: "text", nullable: true })
  reason: string | null;

  @Column({ type: "uuid", name: "actor_user_id" })
  actorUserId: string;

  @Column({ type: "timestamptz", name: "occurred_at", insert: false })
  occurredAt: Date;
}
