import { Column, Entity, PrimaryColumn } from "typeorm";

@Entity({ name: "user_session" })
export class SessionEntity {
  @PrimaryColumn({ type: "uuid" })
  id: string;

  /** SHA-256 of the cookie's token; the token itself is never stored. */
  @Column({ type: "bytea", name: "token_hash" })
  tokenHash: Buffer;

  @Column({ type: "uuid", name: "user_id" })
  userId: string;

  @Column({ type: "timestamptz", name: "created_at" })
  createdAt: Date;

  @Column({ type: "timestamptz", name: "last_seen_at" })
  lastSeenAt: Date;

  @Column({ type: "timestamptz", name: "expires_at" })
  expiresAt: Date;

  /** Only second-factor enrolment is allowed until it is done. */
  @Column({ type: "boolean", name: "enrolment_only" })
  enrolmentOnly: boolean;
}
