import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

/** Append-only (a trigger refuses UPDATE, DELETE and TRUNCATE). */
@Entity({ name: "audit_event" })
export class AuditEventEntity {
  @PrimaryGeneratedColumn({ type: "bigint" })
  id: string;

  @Column({ type: "timestamptz", name: "occurred_at", insert: false })
  occurredAt: Date;

  @Column({ type: "uuid", name: "municipality_id", nullable: true })
  municipalityId: string | null;

  @Column({ type: "uuid", name: "actor_user_id", nullable: true })
  actorUserId: string | null;

  @Column({ type: "text", name: "actor_role", nullable: true })
  actorRole: string | null;

  @Column({ type: "text", name: "actor_organisation", nullable: true })
  actorOrganisation: string | null;

  @Column({ type: "text" })
  action: string;

  @Column({ type: "text", name: "object_type", nullable: true })
  objectType: string | null;

  @Column({ type: "text", name: "object_id", nullable: true })
  objectId: string | null;

  @Column({ type: "text" })
  result: string;

  @Column({ type: "text", nullable: true })
  origin: string | null;

  /** Why an administrator did it, where the action asks for a reason. */
  @Column({ type: "text", nullable: true })
  reason: string | null;
}
