import type { DataSource } from "typeorm";
import { isValidBsn, normaliseBsn } from "../../../shared/bsn.js";
import { formatDutchDate, type IsoDate } from "../../../shared/dates.js";
import type { Actor, Origin } from "../../platform/actor.js";
import { isRefusal, type Refusal } from "../../rules/types.js";
import { assertCan } from "../access/permissions.js";
import type { HoursService, WrittenEntry } from "../hours/hours.service.js";
import type { OrganisationService } from "../organisation/organisation.service.js";
import type { ResidentService } from "../resident/resident.service.js";
import { parseHoursCsv } from "./hours-csv.js";

/** One entry of a batch: its deployment by id, or by municipality, resident and voorziening. */
export interface BatchEntry {
  deploymentId: string | null;
  municipalityCode: string | null;
  residentBsn: string | null;
  voorzieningCode: string | null;
  date: IsoDate;
  minutes: number;
  note: string | null;
  idempotencyKey: string | null;
}

export type BatchOutcome = WrittenEntry | Refusal;

/** A request body of 5,000 entries stays under the 2 MB the API takes for a batch. */
export const MAX_BATCH_ENTRIES = 5000;

const invalid = (field: string, message: string): Refusal => ({ code: "INVALID_INPUT", field, message });

interface Candidate {
  id: string;
  residentId: string;
  voorzieningCode: string;
  startDate: IsoDate;
  endDate: IsoDate | null;
}

/**
 * Hours in bulk from a provider's own system or a file: every entry judged by HoursService
 * exactly as a single logHours is, per entry (a refused entry never undoes an accepted one),
 * and fast: the entries of one deployment go in one transaction under one lock, in the order
 * given, so when a cap runs out it is the later entries that are refused.
 */
export class HoursBatchService {
  constructor(
    private readonly db: DataSource,
    private readonly hours: HoursService,
    private readonly organisations: OrganisationService,
    private readonly residents: ResidentService,
  ) {}

  /** The outcome of every entry, in input order; or one refusal for the batch as a whole. */
  async log(actor: Actor | null, origin: Origin, entries: readonly BatchEntry[], options: { rehearse: boolean }): Promise<BatchOutcome[] | Refusal> {
    const user = assertCan(actor, "hours.log");
    if (entries.length === 0) return invalid("entries", "Er staan geen registraties in.");
    if (entries.length > MAX_BATCH_ENTRIES) {
      return invalid("entries", `Stuur ten hoogste ${MAX_BATCH_ENTRIES.toLocaleString("nl-NL")} registraties tegelijk; dit waren er ${entries.length.toLocaleString("nl-NL")}.`);
    }
    const outcomes = new Array<BatchOutcome | undefined>(entries.length);
    const deploymentOf = await this.findDeployments(user, entries, outcomes);

    const groups = new Map<string, number[]>();
    deploymentOf.forEach((id, index) => {
      if (id !== null) groups.set(id, [...(groups.get(id) ?? []), index]);
    });
    for (const [deploymentId, indexes] of groups) {
      const results = await this.hours.logMany(
        user,
        origin,
        deploymentId,
        indexes.map((i) => ({ date: entries[i].date, minutes: entries[i].minutes, note: entries[i].note, idempotencyKey: entries[i].idempotencyKey })),
        options,
      );
      indexes.forEach((entryIndex, k) => (outcomes[entryIndex] = results[k]));
    }
    return outcomes.map((o) => o!);
  }

  /**
   * A provider's hours file (hours-csv.ts): every line answered, those the file itself gets
   * wrong as they are, the rest judged as a batch; `rehearse` for the preview.
   */
  async importFile(actor: Actor | null, origin: Origin, csv: string, options: { rehearse: boolean }): Promise<Array<{ line: number; outcome: BatchOutcome }> | Refusal> {
    assertCan(actor, "hours.log");
    const rows = parseHoursCsv(csv);
    if (isRefusal(rows)) return rows;
    const sendable = rows.flatMap((row, index) => (isRefusal(row.entry) ? [] : [{ index, entry: row.entry }]));
    const outcomes = sendable.length > 0 ? await this.log(actor, origin, sendable.map((s) => s.entry), options) : [];
    if (isRefusal(outcomes)) return outcomes;
    const byRow = new Map(sendable.map((s, k) => [s.index, outcomes[k]]));
    return rows.map((row, index) => ({ line: row.line, outcome: byRow.get(index) ?? (row.entry as Refusal) }));
  }

  /**
   * The deployment each entry names (null where the entry is already answered with a refusal):
   * by id as given, or the caller's deployment of that resident and voorziening that runs on
   * the entry's date, found with one query per municipality.
   */
  private async findDeployments(user: Actor, entries: readonly BatchEntry[], outcomes: Array<BatchOutcome | undefined>): Promise<Array<string | null>> {
    const deploymentOf: Array<string | null> = entries.map(() => null);
    const byMunicipality = new Map<string, Array<{ index: number; bsn: string }>>();
    entries.forEach((entry, index) => {
      if (entry.deploymentId) {
        deploymentOf[index] = entry.deploymentId;
        return;
      }
      const problem = checkResidentReference(entry);
      if (problem) {
        outcomes[index] = problem;
        return;
      }
      const code = entry.municipalityCode!.trim().toUpperCase();
      byMunicipality.set(code, [...(byMunicipality.get(code) ?? []), { index, bsn: normaliseBsn(entry.residentBsn!) }]);
    });

    for (const [code, wanted] of byMunicipality) {
      const municipality = await this.organisations.visibleMunicipality(user, code);
      if (!municipality) {
        for (const { index } of wanted) outcomes[index] = { code: "NOT_FOUND", field: "municipalityCode", message: `Uw organisatie werkt niet voor gemeente ${code}, of die code bestaat niet.` };
        continue;
      }
      const residentIds = await this.residents.idsByBsn(this.db.manager, municipality.id, [...new Set(wanted.map((w) => w.bsn))]);
      const candidates: Candidate[] = await this.db.query(
        `SELECT id, resident_id AS "residentId", voorziening_code AS "voorzieningCode", start_date AS "startDate", end_date AS "endDate"
           FROM deployment WHERE municipality_id = $1 AND provider_id = $2 AND resident_id = ANY($3::uuid[])
          ORDER BY start_date DESC`,
        [municipality.id, user.providerId, [...new Set(residentIds.values())]],
      );
      for (const { index, bsn } of wanted) {
        const entry = entries[index];
        const voorziening = entry.voorzieningCode!.trim().toUpperCase();
        const found = candidates.find(
          (c) => c.residentId === residentIds.get(bsn) && c.voorzieningCode === voorziening && c.startDate <= entry.date && (c.endDate === null || c.endDate >= entry.date),
        );
        if (found) deploymentOf[index] = found.id;
        else {
          outcomes[index] = {
            code: "NOT_FOUND",
            field: "residentBsn",
            message: `Uw organisatie heeft voor deze inwoner geen inzet ${voorziening} die op ${formatDutchDate(entry.date)} loopt.`,
          };
        }
      }
    }
    return deploymentOf;
  }
}

function checkResidentReference(entry: BatchEntry): Refusal | null {
  if (!entry.municipalityCode?.trim() || !entry.residentBsn?.trim() || !entry.voorzieningCode?.trim()) {
    return invalid("deploymentId", "Noem de inzet: met deploymentId, of met municipalityCode, residentBsn en voorzieningCode samen.");
  }
  if (!isValidBsn(normaliseBsn(entry.residentBsn))) return invalid("residentBsn", "Dit is geen geldig BSN: het moet 9 cijfers hebben en de elfproef doorstaan.");
  return null;
}

