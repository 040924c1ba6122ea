import type { MigrationInterface, QueryRunner } from "typeorm";

// Written out rather than imported: a migration must do tomorrow what it does today, whatever
// server/modules/catalogue/catalogues.ts says by then.
// The catalogue's policy_source starts so; release 0.1.0 still added the seed file's name to it.
const GROESBEEK_SOURCE = "Beleidsregels voorzieningen maatschappelijke ondersteuning gemeente Groesbeek 2015, Bijlage 5%";
const BIJLAGE_5_CODES = [
  "WAAKVLAMBEGELEIDING",
  "SPECIALISTISCHE_WAAKVLAMBEGELEIDING",
  "BEGELEIDING_KORTDUREND",
  "SPECIALISTISCHE_BEGELEIDING_KORTDUREND",
  "BEGELEIDING_MIDDELLANG",
  "SPECIALISTISCHE_BEGELEIDING_MIDDELLANG",
  "DAGBESTEDING_BASIS",
  "DAGBESTEDING_SPECIALISTISCH",
  "DAGBESTEDING_EXTRA_ONDERSTEUNING",
  "BEGELEIDING_LANGDURIG_INTENSIEF",
  "SPECIALISTISCHE_BEGELEIDING_LANGDURIG_INTENSIEF",
  "KORTDUREND_VERBLIJF",
  "VERVOER",
];
/** The version this migration adds has an id of its own per municipality, so that down finds it. */
const NEW_VERSION_ID = "md5(m.municipality_id::text || ':GrantFirst1764800000000')::uuid";
const TOMORROW = "((now() AT TIME ZONE 'Europe/Amsterdam')::date + 1)";

/**
 * Berg en Dal grants first (rules/eligibility.ts, grantFirst): the approval rule GRANT_FIRST and
 * the approval reason GRANT_FIRST, and the Groesbeek Bijlage 5 catalogue of every municipality
 * that uses it under that rule.
 *
 * A rule change is a new catalogue version, so that what was judged under the old one stays
 * judged by it. It starts tomorrow (Europe/Amsterdam) of the day the migration runs: the
 * earliest day a version made in the portal may start (rules/catalogue-versions.ts, "op zijn
 * vroegst morgen"), and the policy has required the grant since 1 January 2015, so no later
 * date is owed to anyone. Deployments already registered keep their approval status; one
 * registered from now on with an earlier start date still waits (DeploymentService,
 * approvalRuleOn). A version that starts later than today has judged nothing yet; its rows are
 * set in place.
 */
export class GrantFirst1764800000000 implements MigrationInterface {
  name = "GrantFirst1764800000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE voorziening DROP CONSTRAINT voorziening_approval_known,
        ADD CONSTRAINT voorziening_approval_known CHECK (approval IN ('NONE', 'REPEAT_OR_DURING_MAATWERK', 'GRANT_FIRST'));
      ALTER TABLE deployment DROP CONSTRAINT deployment_approval_reason_known,
        ADD CONSTRAINT deployment_approval_reason_known CHECK (approval_reason IN ('REPEAT', 'DURING_MAATWERK', 'AFTER_STOP', 'BRIDGING', 'GRANT_FIRST'));
    `);

    // The version in force today, where it is Groesbeek's and still lets a provider start on its
    // own: copied rule for rule (caps, iWmo codes, order) as a version from tomorrow, with Bijlage
    // 5 granted. One statement: the foreign key to the new version is checked at its end.
    await q.query(
      `WITH source AS (
         SELECT m.municipality_id, m.id AS source_id, ${NEW_VERSION_ID} AS new_id, m.name, m.policy_source
           FROM (SELECT DISTINCT ON (municipality_id) municipality_id, id, name, policy_source
                   FROM catalogue_version WHERE valid_from < ${TOMORROW}
                  ORDER BY municipality_id, valid_from DESC) m
          WHERE m.policy_source LIKE $1
            AND EXISTS (SELECT 1 FROM voorziening v WHERE v.municipality_id = m.municipality_id AND v.catalogue_version_id = m.id
                           AND v.code = ANY($2::text[]) AND v.approval <> 'GRANT_FIRST')
            AND NOT EXISTS (SELECT 1 FROM catalogue_version t WHERE t.municipality_id = m.municipality_id AND t.valid_from = ${TOMORROW})),
       version AS (
         INSERT INTO catalogue_version (municipality_id, id, valid_from, name, policy_source)
         SELECT municipality_id, new_id, ${TOMORROW}, name || ', met toekenning door de gemeente', policy_source FROM source)
       INSERT INTO voorziening (municipality_id, catalogue_version_id, code, name, unit, cap_amount, cap_window, max_duration_months,
                                review_cycle_months, eligibility, approval, asks_motivation, asks_transport, policy_quote, sort_order,
                                iwmo_product_category, iwmo_product_code, iwmo_unit_code)
       SELECT v.municipality_id, s.new_id, v.code, v.name, v.unit, v.cap_amount, v.cap_window, v.max_duration_months,
              v.review_cycle_months, v.eligibility, CASE WHEN v.code = ANY($2::text[]) THEN 'GRANT_FIRST' ELSE v.approval END,
              v.asks_motivation, v.asks_transport, v.policy_quote, v.sort_order,
              v.iwmo_product_category, v.iwmo_product_code, v.iwmo_unit_code
         FROM source s JOIN voorziening v ON v.municipality_id = s.municipality_id AND v.catalogue_version_id = s.source_id`,
      [GROESBEEK_SOURCE, BIJLAGE_5_CODES],
    );

    // A Groesbeek version that starts from tomorrow on has judged nothing yet: Bijlage 5 is granted there too.
    await q.query(
      `UPDATE voorziening v SET approval = 'GRANT_FIRST'
         FROM catalogue_version c
        WHERE c.municipality_id = v.municipality_id AND c.id = v.catalogue_version_id
          AND c.policy_source LIKE $1 AND c.valid_from >= ${TOMORROW}
          AND v.code = ANY($2::text[]) AND v.approval <> 'GRANT_FIRST'`,
      [GROESBEEK_SOURCE, BIJLAGE_5_CODES],
    );
  }

  async down(q: QueryRunner): Promise<void> {
    const [{ n }] = (await q.query(`SELECT count(*)::int AS n FROM deployment WHERE approval_reason = 'GRANT_FIRST'`)) as Array<{ n: number }>;
    if (n > 0) {
      // Their approval was asked and decided under GRANT_FIRST: no other reason would be true.
      throw new Error(`GrantFirst cannot be reverted: ${n} deployments waited for the municipality's grant (approval_reason GRANT_FIRST).`);
    }
    await q.query(`
      DELETE FROM voorziening v USING (SELECT municipality_id, ${NEW_VERSION_ID} AS id FROM (SELECT DISTINCT municipality_id FROM catalogue_version) m) added
       WHERE v.municipality_id = added.municipality_id AND v.catalogue_version_id = added.id;
      DELETE FROM catalogue_version c USING (SELECT municipality_id, ${NEW_VERSION_ID} AS id FROM (SELECT DISTINCT municipality_id FROM catalogue_version) m) added
       WHERE c.municipality_id = added.municipality_id AND c.id = added.id;
      UPDATE voorziening SET approval = 'NONE' WHERE approval = 'GRANT_FIRST';
      ALTER TABLE deployment DROP CONSTRAINT deployment_approval_reason_known,
        ADD CONSTRAINT deployment_approval_reason_known CHECK (approval_reason IN ('REPEAT', 'DURING_MAATWERK', 'AFTER_STOP', 'BRIDGING'));
      ALTER TABLE voorziening DROP CONSTRAINT voorziening_approval_known,
        ADD CONSTRAINT voorziening_approval_known CHECK (approval IN ('NONE', 'REPEAT_OR_DURING_MAATWERK'));
    `);
  }
}
