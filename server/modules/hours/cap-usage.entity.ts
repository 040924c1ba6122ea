import { Column, Entity, PrimaryColumn } from "typeorm";

/** Running total of one deployment in one cap window (see the Foundation migration). */
@Entity({ name: "cap_usage" })
export class CapUsageEntity {
  @PrimaryColumn({ type: "uuid", name: "municipality_id" })
  municipalityId: string;

  @PrimaryColumn({ type: "uuid", name: "deployment_id" })
  deploymentId: string;

  @PrimaryColumn({ type: "date", name: "window_start" })
  windowStart: string;

  @Column({ type: "date", name: "window_end", nullable: true })
  windowEnd: string | null;

  @Column({ type: "integer", name: "cap_amount", nullable: true })
  capAmount: number | null;

  @Column({ type: "integer", name: "used_amount" })
  usedAmount: number;
}
