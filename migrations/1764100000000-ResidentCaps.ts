import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Every owner's running total per voorziening and window, rebuilt from the live entries. Exported
 * so that a test can compare it with the totals the engine keeps (resident-caps.test.ts).
 */
export const REBUILD_CAP_TOTALS = `
      WITH counted AS (
        SELECT e.municipality_id, e.amount, e.entry_date AS day, e.created_at, d.id AS deployment_id,
               d.voorziening_code AS code, d.start_date, d.end_date, d.window_anchor AS anchor,
               COALESCE(v.cap_window, 'DEPLOYMENT') AS kind, v.cap_amount AS cap,
               CASE WHEN v.eligibility = 'MAATWERK_BEGELEIDING_ACTIVE' AND h.id IS NOT NULL THEN 'HOUSEHOLD' ELSE 'RESIDENT' END AS owner_kind,
               CASE WHEN v.eligibility = 'MAATWERK_BEGELEIDING_ACTIVE' AND h.id IS NOT NULL THEN h.id ELSE d.resident_id END AS owner_id,
               extract(year FROM e.entry_date)::int - extract(year FROM d.window_anchor)::int AS years
          FROM hour_entry e
          JOIN deployment d ON d.municipality_id = e.municipality_id AND d.id = e.deployment_id
          JOIN resident r ON r.municipality_id = d.municipality_id AND r.id = d.resident_id
          LEFT JOIN household h ON h.municipality_id = r.municipality_id AND h.code = r.household_code
          JOIN voorziening v ON v.municipality_id = d.municipality_id AND v.code = d.voorziening_code
           AND v.catalogue_version_id = (SELECT cv.id FROM catalogue_version cv
                                          WHERE cv.municipality_id = d.municipality_id AND cv.valid_from <= e.entry_date
                                          ORDER BY cv.valid_from DESC LIMIT 1)
         WHERE e.deleted_at IS NULL
      ), indexed AS (
        SELECT c.*, CASE WHEN (c.anchor + make_interval(years => c.years))::date > c.day THEN c.years - 1 ELSE c.years END AS review_year
          FROM counted c
      ), windowed AS (
        SELECT i.*,
               CASE i.kind
                 WHEN 'DEPLOYMENT' THEN i.start_date
                 WHEN 'HALF_YEAR' THEN make_date(extract(year FROM i.day)::int, CASE WHEN extract(month FROM i.day) <= 6 THEN 1 ELSE 7 END, 1)
                 WHEN 'CALENDAR_YEAR' THEN date_trunc('year', i.day)::date
                 WHEN 'WEEK' THEN date_trunc('week', i.day)::date
                 ELSE (i.anchor + make_interval(years => i.review_year))::date
               END AS window_start,
               CASE i.kind
                 WHEN 'DEPLOYMENT' THEN i.end_date
                 WHEN 'HALF_YEAR' THEN (make_date(extract(year FROM i.day)::int, CASE WHEN extract(month FROM i.day) <= 6 THEN 1 ELSE 7 END, 1) + interval '6 months' - interval '1 day')::date
                 WHEN 'CALENDAR_YEAR' THEN (date_trunc('year', i.day) + interval '1 year' - interval '1 day')::date
                 WHEN 'WEEK' THEN (date_trunc('week', i.day) + interval '6 days')::date
                 ELSE ((i.anchor + make_interval(years => i.review_year + 1))::date - 1)
               END AS window_end
          FROM indexed i
      )
      SELECT municipality_id, owner_kind, owner_id, code, window_start, max(window_end) AS window_end,
             CASE WHEN max(cap) IS NULL THEN NULL ELSE GREATEST(max(cap), sum(amount)::int) END AS cap_amount,
             sum(amount)::int AS used_amount,
             (array_agg(deployment_id ORDER BY created_at DESC))[1] AS last_deployment_id
        FROM windowed
       GROUP BY municipality_id, owner_kind, owner_id, code, window_start`;

/**
 * Caps belong to the resident (zorgcoördinatie: the household), not to one deployment
 * (issue #16): the running totals move from cap_usage (per deployment and window) to
 * cap_total (per owner, voorziening and window), rebuilt from the live entries. A household
 * gets a row of its own, so that writes for one household can lock it and take turns.
 * A deployment gets window_anchor: the start its review years count from (the start of the
 * resident's first deployment of that voorziening), so a follow-up never opens a fresh year.
 * A deployment that a provider or officer ends keeps the reason (endDeployment).
 * Approval reasons gain AFTER_STOP (a new one after the municipality stopped one) and
 * BRIDGING (kortdurende begeleiding up to a recorded maatwerk begeleiding).
 */
export class ResidentCaps1764100000000 implements MigrationInterface {
  name = "ResidentCaps1764100000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE household (
        municipality_id uuid NOT NULL REFERENCES municipality(id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        code text NOT NULL,
        PRIMARY KEY (municipality_id, id),
        UNIQUE (municipality_id, code)
      );
      INSERT INTO household (municipality_id, code)
      SELECT municipality_id, household_code FROM resident WHERE household_code IS NOT NULL
      UNION SELECT municipality_id, household_code FROM maatwerk_indication;

      ALTER TABLE deployment ADD COLUMN window_anchor date;
      -- Every deployment of one resident and voorziening shares one anchor: one calendar of years.
      UPDATE deployment d SET window_anchor = (SELECT min(o.start_date) FROM deployment o
        WHERE o.municipality_id = d.municipality_id AND o.resident_id = d.resident_id AND o.voorziening_code = d.voorziening_code);
      ALTER TABLE deployment ALTER COLUMN window_anchor SET NOT NULL;
      -- endDeployment: who ended a deployment, when, and why (the audit trail has the event too).
      ALTER TABLE deployment
        ADD COLUMN end_reason text,
        ADD COLUMN ended_by uuid REFERENCES app_user(id),
        ADD COLUMN ended_at timestamptz,
        ADD CHECK ((end_reason IS NULL) = (ended_at IS NULL));
      ALTER TABLE deployment DROP CONSTRAINT deployment_approval_reason_check,
        ADD CONSTRAINT deployment_approval_reason_known CHECK (approval_reason IN ('REPEAT', 'DURING_MAATWERK', 'AFTER_STOP', 'BRIDGING'));
      CREATE INDEX deployment_resident_kind ON deployment (municipality_id, resident_id, voorziening_code, start_date);

      -- owner_id is a resident's id, or a household's for a voorziening the household shares
      -- (server/rules/cap-owner.ts). last_deployment_id: the deployment of the last increase,
      -- which the yearly review credits with a window that reached its cap.
      CREATE TABLE cap_total (
        municipality_id uuid NOT NULL,
        owner_kind text NOT NULL CHECK (owner_kind IN ('RESIDENT', 'HOUSEHOLD')),
        owner_id uuid NOT NULL,
        voorziening_code text NOT NULL,
        window_start date NOT NULL,
        window_end date,
        cap_amount integer,
        used_amount integer NOT NULL DEFAULT 0 CHECK (used_amount >= 0),
        last_deployment_id uuid NOT NULL,
        PRIMARY KEY (municipality_id, owner_kind, owner_id, voorziening_code, window_start),
        FOREIGN KEY (municipality_id, last_deployment_id) REFERENCES deployment (municipality_id, id),
        CHECK (cap_amount IS NULL OR used_amount <= cap_amount)
      );

      -- Rebuilt from the live entries, each counted in the window of the rule in force on its
      -- date (the same windows as rules/windows.ts). A window that two deployments already
      -- pushed past its cap keeps what was written (its stored cap raised to it): the service
      -- judges by the catalogue's cap and refuses every further minute there.
      INSERT INTO cap_total (municipality_id, owner_kind, owner_id, voorziening_code, window_start, window_end, cap_amount, used_amount, last_deployment_id)
      ${REBUILD_CAP_TOTALS};

      DROP TABLE cap_usage;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE cap_usage (
        municipality_id uuid NOT NULL,
        deployment_id uuid NOT NULL,
        window_start date NOT NULL,
        window_end date,
        cap_amount integer,
        used_amount integer NOT NULL DEFAULT 0 CHECK (used_amount >= 0),
        PRIMARY KEY (municipality_id, deployment_id, window_start),
        FOREIGN KEY (municipality_id, deployment_id) REFERENCES deployment (municipality_id, id),
        CHECK (cap_amount IS NULL OR used_amount <= cap_amount)
      );
      -- Per-deployment totals cannot be told apart once shared: the last writer keeps the window.
      INSERT INTO cap_usage SELECT municipality_id, last_deployment_id, window_start, max(window_end), max(cap_amount), sum(used_amount)::int
        FROM cap_total GROUP BY municipality_id, last_deployment_id, window_start;
      DROP TABLE cap_total;
      DROP INDEX deployment_resident_kind;
      ALTER TABLE deployment DROP CONSTRAINT deployment_approval_reason_known,
        ADD CONSTRAINT deployment_approval_reason_check CHECK (approval_reason IN ('REPEAT', 'DURING_MAATWERK'));
      ALTER TABLE deployment DROP COLUMN window_anchor, DROP COLUMN end_reason, DROP COLUMN ended_by, DROP COLUMN ended_at;
      DROP TABLE household;
    `);
  }
}
