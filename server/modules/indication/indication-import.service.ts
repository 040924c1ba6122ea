import type { DataSource, EntityManager } from "typeorm";
import { transact } from "../../platform/transaction.js";
import { checkIndication, type CheckedIndication } from "../../rules/indications.js";
import type { Refusal } from "../../rules/types.js";
import type { Actor, Origin } from "../../platform/actor.js";
import { assertCan } from "../access/permissions.js";
import { recordAudit } from "../audit/audit.service.js";
import { parseIndicationCsv } from "./indication-csv.js";
import { contractedProviders, MUNICIPALITY_NOT_FOUND, ownMunicipality, PROVIDER_NOT_FOUND, type IndicationService } from "./indication.service.js";

/** One problem of one line of the file. */
export interface RowProblem extends Refusal {
  line: number;
}

/** The import was refused as a whole: nothing was written. `rowProblems` says what to fix, line by line. */
export interface RefusedImport extends Refusal {
  rowProblems: RowProblem[];
}

interface CheckedRow {
  line: number;
  value: CheckedIndication | null;
  /** The Dutch header names the provider; its id is looked up among the municipality's contracts. */
  providerName: string | null;
  problems: Refusal[];
}

/** Names as the portal lists them, compared without regard to case or surrounding spaces. */
async function resolveProviderNames(manager: EntityManager, municipalityId: string, rows: CheckedRow[]): Promise<void> {
  if (!rows.some((r) => r.providerName !== null)) return;
  const found: Array<{ id: string; name: string }> = await manager.query(
    "SELECT DISTINCT p.id, lower(p.name) AS name FROM provider p JOIN contract c ON c.provider_id = p.id WHERE c.municipality_id = $1",
    [municipalityId],
  );
  const byName = new Map(found.map((p) => [p.name, p.id]));
  for (const row of rows) {
    if (row.providerName === null || !row.value) continue;
    const id = byName.get(row.providerName.trim().toLowerCase());
    if (id) row.value.providerId = id;
    else row.problems.push({ code: "NOT_FOUND", field: "providerId", message: "Er is geen dienstverlener met deze naam die een contract heeft met uw gemeente." });
  }
}

/**
 * Loads maatwerk indications from a municipality's CSV file (format in indication-csv.ts).
 * Every row is judged by the same checks as recordMaatwerkIndication, and written by the same
 * IndicationService.insert, in one transaction: one bad row and nothing is written.
 */
export class IndicationImportService {
  constructor(
    private readonly db: DataSource,
    private readonly indications: IndicationService,
  ) {}

  async importCsv(actor: Actor | null, origin: Origin, municipalityCode: string, csv: string): Promise<{ importedCount: number } | RefusedImport | Refusal> {
    const user = assertCan(actor, "indication.import");
    const parsed = parseIndicationCsv(csv);
    if (!Array.isArray(parsed)) return parsed;
    const rows: CheckedRow[] = parsed.map((row) => {
      if (!row.fields) return { line: row.line, value: null, providerName: null, problems: row.problems };
      const { value, problems } = checkIndication(row.fields);
      return { line: row.line, value, providerName: row.providerName, problems };
    });

    return transact(this.db, async (manager) => {
      const municipality = await ownMunicipality(manager, user, municipalityCode);
      if (!municipality) return MUNICIPALITY_NOT_FOUND;
      await resolveProviderNames(manager, municipality.id, rows);
      checkWithinFile(rows);
      const contracted = await contractedProviders(manager, municipality.id, rows.flatMap((r) => (r.value ? [r.value.providerId] : [])));
      for (const row of rows) {
        if (row.value && !row.problems.some((p) => p.field === "providerId") && !contracted.has(row.value.providerId)) row.problems.push(PROVIDER_NOT_FOUND);
      }
      const rowProblems = rows.flatMap((row) => row.problems.map((p) => ({ ...p, line: row.line })));
      if (rowProblems.length > 0) return refusedImport(rowProblems);

      for (const row of rows) await this.indications.insert(manager, user, origin, municipality.id, row.value!);
      await recordAudit(manager, user, origin, {
        action: "indication.import",
        municipalityId: municipality.id,
        objectType: "maatwerk_indication",
        objectId: null,
        result: `OK (${rows.length})`,
      });
      return { importedCount: rows.length };
    });
  }
}

/**
 * Two lines of one file that contradict or repeat each other: the database would accept
 * both, but it is almost always a mistake in the export. Compared by BSN in memory only; the
 * message names the other line, never the BSN.
 */
function checkWithinFile(rows: CheckedRow[]): void {
  const household = new Map<string, { line: number; code: string }>();
  const seen = new Map<string, number>();
  for (const row of rows) {
    const v = row.value;
    if (!v || row.problems.some((p) => p.field === "residentBsn")) continue;
    const earlier = household.get(v.bsn);
    if (earlier && earlier.code !== v.householdCode) {
      row.problems.push({ code: "INVALID_INPUT", field: "householdCode", message: `Deze inwoner staat ook op regel ${earlier.line}, met een andere huishoudcode.` });
    } else if (!earlier) {
      household.set(v.bsn, { line: row.line, code: v.householdCode });
    }
    const key = [v.bsn, v.providerId, v.product, v.startDate].join("|");
    const twin = seen.get(key);
    if (twin !== undefined) row.problems.push({ code: "INVALID_INPUT", field: null, message: `Deze indicatie staat ook op regel ${twin}.` });
    else seen.set(key, row.line);
  }
}

function refusedImport(rowProblems: RowProblem[]): RefusedImport {
  const lines = [...new Set(rowProblems.map((p) => p.line))];
  const shown = lines.slice(0, 10).join(", ") + (lines.length > 10 ? ` en ${lines.length - 10} andere` : "");
  return {
    code: "INVALID_INPUT",
    field: "csv",
    message: `${lines.length === 1 ? "Regel" : "Regels"} ${shown} ${lines.length === 1 ? "bevat" : "bevatten"} fouten; er is niets opgeslagen. Verbeter het bestand en lever het opnieuw aan.`,
    rowProblems,
  };
}
