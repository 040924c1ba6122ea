import { Column, Entity, PrimaryColumn } from "typeorm";
import type { ApprovalReason } from "../../rules/eligibility.js";

export type ApprovalStatus = "NOT_REQUIRED" | "PENDING" | "APPROVED" | "DECLINED";

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

  /**
   * Where review-year windows count from: the start of the resident's first (not declined)
   * deployment of this voorziening, so a follow-up continues the resident's years.
   */
  @Column({ type: "date", name: "window_anchor" })
  windowAnchor: string;

  @Column({ type: "text", nullable: true })
  motivation: string | null;

  @Column({ type: "boolean", name: "transport_by_provider" })
  transportByProvider: boolean;

  /** NOT_REQUIRED, or the municipality's approval: PENDING, APPROVED, DECLINED. */
  @Column({ type: "text", name: "approval_status" })
  approvalStatus: ApprovalStatus;

  @Column({ type: "text", name: "approval_reason", nullable: true })
  approvalReason: ApprovalReason | null;

  @Column({ type: "text", name: "approval_motivation", nullable: true })
  approvalMotivation: string | null;

  @Column({ type: "uuid", name: "approval_decided_by", nullable: true })
  approvalDecidedBy: string | null;

  @Column({ type: "timestamptz", name: "approval_decided_at", nullable: true })
  approvalDecidedAt: Date | null;

  /** Recreatieve dagbesteding with a work-like part (then `motivation` says why it is still recreational). */
  @Column({ type: "boolean", name: "work_like_part" })
  workLikePart: boolean;

  /** The light check ("lichte toets") that transport is needed: who did it, on which day. */
  @Column({ type: "uuid", name: "transport_checked_by", nullable: true })
  transportCheckedBy: string | null;

  @Column({ type: "date", name: "transport_checked_on", nullable: true })
  transportCheckedOn: string | null;

  /** Set by endDeployment: why the deployment ended, who ended it and when. */
  @Column({ type: "text", name: "end_reason", nullable: true })
  endReason: string | null;

  @Column({ type: "uuid", name: "ended_by", nullable: true })
  endedBy: string | null;

  @Column({ type: "timestamptz", name: "ended_at", nullable: true })
  endedAt: Date | null;

  @Column({ type: "uuid", name: "created_by" })
  createdBy: string;

  @Column({ type: "timestamptz", name: "created_at" })
  createdAt: Date;
}
