import { Column, Entity, PrimaryColumn } from "typeorm";

/** A municipal decision (beschikking) for a maatwerkvoorziening, as far as eligibility needs it. */
@Entity({ name: "maatwerk_indication" })
export class MaatwerkIndicationEntity {
  @PrimaryColumn({ type: "uuid", name: "municipality_id" })
  municipalityId: string;

  @PrimaryColumn({ type: "uuid" })
  id: string;

  @Column({ type: "uuid", name: "resident_id" })
  residentId: string;

  @Column({ type: "text", name: "household_code" })
  householdCode: string;

  @Column({ type: "uuid", name: "provider_id" })
  providerId: string;

  @Column({ type: "text" })
  product: string;

  @Column({ type: "date", name: "start_date" })
  startDate: string;

  @Column({ type: "date", name: "end_date", nullable: true })
  endDate: string | null;

  @Column({ type: "uuid", name: "created_by" })
  createdBy: string;

  @Column({ type: "timestamptz", name: "created_at" })
  createdAt: Date;
}
