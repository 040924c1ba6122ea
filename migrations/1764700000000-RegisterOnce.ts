import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Register once: the iWmo codes the sector declares in. Every voorziening of a catalogue
 * version carries its iWmo product category, product code and unit code (null in versions
 * made before this migration: the portal then shows the defaults of catalogue/iwmo.ts); every
 * provider its AGB code.
 */
export class RegisterOnce1764700000000 implements MigrationInterface {
  name = "RegisterOnce1764700000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE voorziening
        ADD COLUMN iwmo_product_category text CHECK (iwmo_product_category ~ '^[0-9]{2}$'),
        ADD COLUMN iwmo_product_code text CHECK (iwmo_product_code ~ '^[0-9A-Z]{5}$'),
        ADD COLUMN iwmo_unit_code text CHECK (iwmo_unit_code ~ '^[0-9]{2}$');
      ALTER TABLE provider ADD COLUMN agb_code text CHECK (agb_code ~ '^[0-9]{8}$');
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE provider DROP COLUMN agb_code;
      ALTER TABLE voorziening DROP COLUMN iwmo_product_category, DROP COLUMN iwmo_product_code, DROP COLUMN iwmo_unit_code;
    `);
  }
}
