import { Column, Entity, PrimaryColumn } from "typeorm";
import type { ReviewOutcome } from "../../rules/waakvlam.js";

/** The review of one waakvlam deployment for one review year: the provider's advice and the municipality's decision. */
@Entity({ name: "waakvlam_review" })
export class WaakvlamReviewEntity {
  @PrimaryColumn({ type: "uuid", name: "municipality_id" })
  municipalityId: string;

  @PrimaryColumn({ type: "uuid", name: "deployment_id" })
  deploymentId: string;

  /** 1 = the second year from the start: the first that needs a decision. */
  @PrimaryColumn({ type: "integer", name: "review_year" })
  reviewYear: number;

  @Column({ type: "text", nullable: true })
  advice: ReviewOutcome | null;

  @Column({ type: "text", name: "advice_motivation", nullable: true })
  adviceMotivation: string | null;

  @Column({ type: "uuid", name: "advised_by", nullable: true })
  advisedBy: string | null;

  @Column({ type: "timestamptz", name: "advised_at", nullable: true })
  advisedAt: Date | null;

  @Column({ type: "text", nullable: true })
  decision: ReviewOutcome | null;

  @Column({ type: "text", name: "decision_motivation", nullable: true })
  decisionMotivation: string | null;

  @Column({ type: "uuid", name: "decided_by", nullable: true })
  decidedBy: string | null;

  @Column({ type: "timestamptz", name: "decided_at", nullable: true })
  decidedAt: Date | null;
}
