import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The municipality's side: catalogue versions made in the portal, the waakvlam and approval
 * queues, the CSV import of indications and the yearly review.
 */
export class MunicipalityReview1763942400000 implements MigrationInterface {
  name = "MunicipalityReview1763942400000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      -- A municipality admin now writes catalogue rules: they may only take the values the
      -- engine knows (rules/types.ts), and review years are twelve months (rules/windows.ts).
      ALTER TABLE voorziening
        ADD CONSTRAINT voorziening_eligibility_known
          CHECK (eligibility IN ('NONE', 'MAATWERK_BEGELEIDING_ACTIVE', 'ENDED_INDIVIDUAL_BEGELEIDING')),
        ADD CONSTRAINT voorziening_approval_known
          CHECK (approval IN ('NONE', 'REPEAT_OR_DURING_MAATWERK')),
        ADD CONSTRAINT voorziening_review_cycle_year
          CHECK (review_cycle_months IS NULL OR review_cycle_months = 12);

      -- The yearly review sums a municipality's counted entries by date.
      CREATE INDEX hour_entry_municipality_date ON hour_entry (municipality_id, entry_date) WHERE deleted_at IS NULL;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX hour_entry_municipality_date;
      ALTER TABLE voorziening
        DROP CONSTRAINT voorziening_eligibility_known,
        DROP CONSTRAINT voorziening_approval_known,
        DROP CONSTRAINT voorziening_review_cycle_year;
    `);
  }
}
