import { Column, Entity, PrimaryColumn } from "typeorm";
import type { Role } from "../../../shared/roles.js";

@Entity({ name: "app_user" })
export class UserEntity {
  @PrimaryColumn({ type: "uuid" })
  id: string;

  @Column({ type: "text" })
  email: string;

  @Column({ type: "text", name: "password_hash", select: false })
  passwordHash: string;

  @Column({ type: "text" })
  role: Role;

  /** Set for provider roles. */
  @Column({ type: "uuid", name: "provider_id", nullable: true })
  providerId: string | null;

  /** Set for municipality roles. */
  @Column({ type: "uuid", name: "municipality_id", nullable: true })
  municipalityId: string | null;

  /** PERSON logs in; API_CLIENT acts for a provider system's token. */
  @Column({ type: "text" })
  kind: "PERSON" | "API_CLIENT";

  @Column({ type: "boolean" })
  active: boolean;

  /** A demo account: no second factor required. */
  @Column({ type: "boolean" })
  demo: boolean;
}
