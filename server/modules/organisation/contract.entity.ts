import { Column, Entity, PrimaryColumn } from "typeorm";

@Entity({ name: "contract" })
export class ContractEntity {
  @PrimaryColumn({ type: "uuid", name: "municipality_id" })
  municipalityId: string;

  @PrimaryColumn({ type: "uuid" })
  id: string;

  @Column({ type: "uuid", name: "provider_id" })
  providerId: string;

  @Column({ type: "date", name: "valid_from" })
  validFrom: string;

  @Column({ type: "date", name: "valid_to", nullable: true })
  validTo: string | null;
}
