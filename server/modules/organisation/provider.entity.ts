import { Column, Entity, PrimaryColumn } from "typeorm";

/** A provider organisation (dienstverlener); it may hold contracts with several municipalities. */
@Entity({ name: "provider" })
export class ProviderEntity {
  @PrimaryColumn({ type: "uuid" })
  id: string;

  @Column({ type: "text" })
  name: string;

  /** The AGB code (8 digits) the provider declares under; set by a municipality's functioneel beheer. */
  @Column({ type: "text", name: "agb_code", nullable: true })
  agbCode: string | null;
}
