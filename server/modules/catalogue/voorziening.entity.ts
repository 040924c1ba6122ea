import { Column, Entity, PrimaryColumn } from "typeorm";
import type { Unit } from "../../../shared/units.js";
import { defaultIwmoCodes, type IwmoCodes } from "./iwmo.js";
import type { ApprovalRule, CapWindowKind, EligibilityRule, VoorzieningRule } from "../../rules/types.js";

@Entity({ name: "voorziening" })
export class VoorzieningEntity {
  @PrimaryColumn({ type: "uuid", name: "municipality_id" })
  municipalityId: string;

  @PrimaryColumn({ type: "uuid" })
  id: string;

  @Column({ type: "uuid", name: "catalogue_version_id" })
  catalogueVersionId: string;

  @Column({ type: "text" })
  code: string;

  @Column({ type: "text" })
  name: string;

  @Column({ type: "text" })
  unit: Unit;

  @Column({ type: "integer", name: "cap_amount", nullable: true })
  capAmount: number | null;

  @Column({ type: "text", name: "cap_window", nullable: true })
  capWindow: CapWindowKind | null;

  @Column({ type: "integer", name: "max_duration_months", nullable: true })
  maxDurationMonths: number | null;

  @Column({ type: "integer", name: "review_cycle_months", nullable: true })
  reviewCycleMonths: number | null;

  @Column({ type: "text" })
  eligibility: EligibilityRule;

  @Column({ type: "text" })
  approval: ApprovalRule;

  @Column({ type: "boolean", name: "asks_motivation" })
  asksMotivation: boolean;

  @Column({ type: "boolean", name: "asks_transport" })
  asksTransport: boolean;

  @Column({ type: "text", name: "policy_quote" })
  policyQuote: string;

  @Column({ type: "integer", name: "sort_order" })
  sortOrder: number;

  /** The municipality's iWmo product code; null in versions made before codes were kept (then catalogue/iwmo.ts's default). */
  @Column({ type: "text", name: "iwmo_product_code", nullable: true })
  iwmoProductCode: string | null;

  @Column({ type: "text", name: "iwmo_product_category", nullable: true })
  iwmoProductCategory: string | null;

  @Column({ type: "text", name: "iwmo_unit_code", nullable: true })
  iwmoUnitCode: string | null;

  /** The iWmo codes this voorziening is declared in. */
  iwmo(): IwmoCodes {
    const fallback = defaultIwmoCodes(this.code, this.unit);
    return {
      productCategory: this.iwmoProductCategory ?? fallback.productCategory,
      productCode: this.iwmoProductCode ?? fallback.productCode,
      unitCode: this.iwmoUnitCode ?? fallback.unitCode,
    };
  }

  /** The pure rule that ../../rules works with. */
  toRule(): VoorzieningRule {
    return {
      code: this.code,
      name: this.name,
      unit: this.unit,
      cap: this.capWindow === null ? null : { amount: this.capAmount, window: this.capWindow },
      maxDurationMonths: this.maxDurationMonths,
      reviewCycleMonths: this.reviewCycleMonths,
      eligibility: this.eligibility,
      approval: this.approval,
      asksMotivation: this.asksMotivation,
      asksTransport: this.asksTransport,
      policyQuote: this.policyQuote,
    };
  }
}
