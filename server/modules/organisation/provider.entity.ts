import { Column, Entity, PrimaryColumn } from "typeorm";

/** A provider organisation (dienstverlener); it may hold contracts with several municipalities. */
@Entity({ name: "provider" })
export class ProviderEntity {
  @PrimaryColumn({ type: "uuid" })
  id: string;

  @Column({ type: "text" })
  name: string;
}
