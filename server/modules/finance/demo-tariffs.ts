import { addMonths, todayInNetherlands } from "../../../shared/dates.js";
import type { DataSource } from "typeorm";

/** Demo prices in cents per hour (or per dagdeel / etmaal), by voorziening code. */
const DEMO_PRICES: Record<string, number> = {
  RECREATIEVE_DAGBESTEDING: 3900,
  KORTDURENDE_BEGELEIDING: 6850,
  ZORGCOORDINATIE: 7200,
  WAAKVLAMCONTACT: 6500,
};
const DEFAULT_PRICE = { HOUR: 6600, DAGDEEL: 4750, ETMAAL: 12000 } as const;

/**
 * Tariffs for every demo contract and voorziening from the contract's start, and a raise of
 * kortdurende begeleiding in Zoetermeer from two months ago, so that the report shows amounts
 * priced by the tariff valid on each entry's date.
 */
export async function seedDemoTariffs(db: DataSource): Promise<void> {
  await db.query(
    `INSERT INTO tariff (municipality_id, contract_id, voorziening_code, unit, amount_cents, valid_from, created_by)
     SELECT c.municipality_id, c.id, v.code, u.tariff_unit,
            COALESCE(($1::jsonb ->> v.code)::int, CASE u.tariff_unit WHEN 'HOUR' THEN $2::int WHEN 'DAGDEEL' THEN $3::int ELSE $4::int END),
            c.valid_from,
            (SELECT id FROM app_user a WHERE a.municipality_id = c.municipality_id ORDER BY a.role = 'MUNICIPALITY_ADMIN' DESC, a.email LIMIT 1)
       FROM contract c
       JOIN (SELECT DISTINCT municipality_id, code, unit FROM voorziening) v ON v.municipality_id = c.municipality_id
       JOIN (VALUES ('MINUTES', 'HOUR'), ('DAGDELEN', 'DAGDEEL'), ('ETMALEN', 'ETMAAL')) u(unit, tariff_unit) ON u.unit = v.unit`,
    [JSON.stringify(DEMO_PRICES), DEFAULT_PRICE.HOUR, DEFAULT_PRICE.DAGDEEL, DEFAULT_PRICE.ETMAAL],
  );
  const raisedFrom = `${addMonths(todayInNetherlands(), -2).slice(0, 7)}-01`;
  await db.query(
    `INSERT INTO tariff (municipality_id, contract_id, voorziening_code, unit, amount_cents, valid_from, created_by)
     SELECT t.municipality_id, t.contract_id, t.voorziening_code, t.unit, 7000, $1, t.created_by
       FROM tariff t JOIN municipality m ON m.id = t.municipality_id
      WHERE m.code = 'GM0637' AND t.voorziening_code = 'KORTDURENDE_BEGELEIDING'`,
    [raisedFrom],
  );
}
