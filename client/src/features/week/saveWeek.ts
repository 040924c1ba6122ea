import { isNetworkError, writeFailureMessage } from "../../app/errors";
import { newIdempotencyKey } from "../../app/idempotency";
import type { Unit } from "@shared/units";
import { cellFormatHint, parseCell } from "./week";

/** One filled cell, read and checked, ready to send. */
export interface CellToSave {
  key: string;
  deploymentId: string;
  date: string;
  amount: number;
}

/**
 * What a filled cell (week grid) or field (day view) holds: a cell to save, or why it is not sent.
 * The one reading of typed hours, so both screens refuse exactly the same input.
 */
export function readCell(cell: Omit<CellToSave, "amount">, text: string, unit: Unit, what: "de cel" | "het veld"): CellToSave | CellOutcome {
  const amount = parseCell(text, unit);
  if (amount === null) return { kind: "refused", message: cellFormatHint(unit) };
  if (amount === 0) return { kind: "refused", message: `Vul meer dan 0 in, of laat ${what} leeg.` };
  return { ...cell, amount };
}

export type CellOutcome =
  | { kind: "saved"; amount: number }
  /** The server answered with a refusal, or the browser could not read what was typed. */
  | { kind: "refused"; message: string }
  /** No answer (network) or an error that is not a refusal; the next save retries it. */
  | { kind: "failed"; message: string; network: boolean };

interface LogHoursAnswer {
  entry?: { id: string } | null;
  userErrors: readonly { message: string }[];
}

export type SendLogHours = (input: {
  deploymentId: string;
  date: string;
  minutes: number;
  idempotencyKey: string;
}) => Promise<LogHoursAnswer | null | undefined>;

/**
 * The idempotency key of each cell's attempt. A cell that got no answer keeps its key while
 * its input stays the same, so a retry after a network error cannot write the hours twice;
 * once the server has answered, the next attempt is a new one.
 */
export class CellKeys {
  private readonly pending = new Map<string, { signature: string; key: string }>();

  keyFor(cell: CellToSave): string {
    const signature = `${cell.deploymentId}|${cell.date}|${cell.amount}`;
    const known = this.pending.get(cell.key);
    if (known?.signature === signature) return known.key;
    const key = newIdempotencyKey();
    this.pending.set(cell.key, { signature, key });
    return key;
  }

  settle(cellKey: string): void {
    this.pending.delete(cellKey);
  }
}

/**
 * Sends one logHours per cell. The cells of one deployment go one after the other in date
 * order, so that when a cap runs out it is the later days that are refused, as a person
 * filling the week from left to right expects; different deployments go side by side.
 */
export async function saveCells(cells: CellToSave[], send: SendLogHours, keys: CellKeys): Promise<Map<string, CellOutcome>> {
  const outcomes = new Map<string, CellOutcome>();
  const byDeployment = new Map<string, CellToSave[]>();
  for (const cell of cells) byDeployment.set(cell.deploymentId, [...(byDeployment.get(cell.deploymentId) ?? []), cell]);

  await Promise.all(
    [...byDeployment.values()].map(async (row) => {
      for (const cell of [...row].sort((a, b) => a.date.localeCompare(b.date))) {
        outcomes.set(cell.key, await saveCell(cell, send, keys));
      }
    }),
  );
  return outcomes;
}

async function saveCell(cell: CellToSave, send: SendLogHours, keys: CellKeys): Promise<CellOutcome> {
  const idempotencyKey = keys.keyFor(cell);
  try {
    const answer = await send({ deploymentId: cell.deploymentId, date: cell.date, minutes: cell.amount, idempotencyKey });
    keys.settle(cell.key);
    if (answer?.entry && answer.userErrors.length === 0) return { kind: "saved", amount: cell.amount };
    const message = answer?.userErrors.map((e) => e.message).join(" ");
    return { kind: "refused", message: message || "Deze uren zijn niet opgeslagen." };
  } catch (error) {
    // Not settled: the same input retried reuses the key (see CellKeys).
    return { kind: "failed", message: writeFailureMessage(error), network: isNetworkError(error) };
  }
}
