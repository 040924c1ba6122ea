import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Security round two (issue #17): the addresses an account has logged in from (so that failures
 * from strangers count against their address, not against the account), the last TOTP
 * time step used (so that a code works once), and the e-mail domains of each organisation (an
 * admin creates accounts only in those).
 */
export class LoginSecurity1764200000000 implements MigrationInterface {
  name = "LoginSecurity1764200000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      -- Only a SHA-256 of the address is kept: enough to recognise it, not to read it back.
      CREATE TABLE login_known_address (
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        address_hash bytea NOT NULL,
        last_success_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, address_hash)
      );

      ALTER TABLE app_user ADD COLUMN totp_last_step bigint;

      -- Lower-case domains such as 'zoetermeer.nl'; filled from the accounts each organisation has.
      ALTER TABLE municipality ADD COLUMN email_domains text[] NOT NULL DEFAULT '{}';
      ALTER TABLE provider ADD COLUMN email_domains text[] NOT NULL DEFAULT '{}';
      UPDATE municipality m SET email_domains = ARRAY(
        SELECT DISTINCT lower(split_part(u.email, '@', 2)) FROM app_user u WHERE u.municipality_id = m.id AND u.kind = 'PERSON' ORDER BY 1);
      UPDATE provider p SET email_domains = ARRAY(
        SELECT DISTINCT lower(split_part(u.email, '@', 2)) FROM app_user u WHERE u.provider_id = p.id AND u.kind = 'PERSON' ORDER BY 1);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE provider DROP COLUMN email_domains;
      ALTER TABLE municipality DROP COLUMN email_domains;
      ALTER TABLE app_user DROP COLUMN totp_last_step;
      DROP TABLE login_known_address;
    `);
  }
}
