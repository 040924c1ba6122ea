import { Column, Entity, PrimaryColumn } from "typeorm";

/** A version of a municipality's catalogue; it holds from validFrom until the next version starts. */
@Entity({ name: "catalogue_version" })
export class CatalogueVersionEntity {
  @PrimaryColumn({ type: "uuid", name: "municipality_id" })
  municipalityId: string;

  @PrimaryColumn({ type: "uuid" })
  id: string;

  @Column({ type: "date", name: "valid_from" })
  validFrom: string;

  @Column({ type: "text" })
  name: string;

  @Column({ type: "text", name: "policy_source" })
  policySource: string;
}
