/** Fields of the correction and deletion forms that a server refusal may point at. */
export type EntryField = "date" | "minutes" | "reason";

/** Maps a server field name ("minutes" or "input.minutes") to a form field. */
export function entryFieldOf(field: string | null | undefined): EntryField | null {
  const name = field?.replace(/^input\./, "");
  return name === "date" || name === "minutes" || name === "reason" ? name : null;
}

/**
 * After a correction or deletion the deployment page asks the server again: the entry may
 * have moved to another window or out of every count, and its history has grown. Cheaper to
 * ask than to redo the server's window arithmetic in the cache.
 */
export const ENTRY_QUERIES_TO_REFRESH = ["DeploymentPage_Deployment"];
