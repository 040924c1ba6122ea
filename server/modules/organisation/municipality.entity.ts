import { Column, Entity, PrimaryColumn } from "typeorm";

@Entity({ name: "municipality" })
export class MunicipalityEntity {
  @PrimaryColumn({ type: "uuid" })
  id: string;

  /** CBS code such as GM0637. */
  @Column({ type: "text" })
  code: string;

  @Column({ type: "text" })
  name: string;
}
