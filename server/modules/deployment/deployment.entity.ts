import { Column, Entity, PrimaryColumn } from "typeorm";

/** An inzet: one voorziening deployed by one provider for one resident. */
@Entity({ name: "deployment" })
export class DeploymentEntity {
  @PrimaryColumn({ type: "uuid", name: "municipality_id" })
  municipalityId: string;

  @PrimaryColumn({ type: "uuid" })
  id: string;

  @Column({ type: "uuid", name: "provider_id" })
  providerId: string;

  @Column({ type: "uuid", name: "resident_id" })
  residentId: string;

  /** The catalogue version in force on each date decides the rule for this code. */
  @Column({ type: "text", name: "voorziening_code" })
  voorzieningCode: string;

  @Column({ type: "date", name: "start_date" })
  startDate: string;

  @Column({ type: "date", name: "end_date", nullable: true })
  endDate: string | null;

  @Column({ type: "text", nullable: true })
  motivation: string | null;

  @Column({ type: "boolean", name: "transport_by_provider" })
  transportByProvider: boolean;

  @Column({ type: "uuid", name: "created_by" })
  createdBy: string;

  @Column({ type: "timestamptz", name: "created_at" })
  createdAt: Date;
}
