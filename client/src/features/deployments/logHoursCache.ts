import type { ApolloCache, Reference, StoreObject } from "@apollo/client";

interface LoggedHours {
  entry?: { id: string; date: string } | null;
  capUsage?: { windowStart: string } | null;
  userErrors: readonly unknown[];
}

/**
 * Puts a newly logged entry into the deployment's cached entries and, when the entry falls in
 * the window the page shows (today's), replaces that window's usage with the figures the
 * server returned. An entry in another window does not change today's usage, so then the
 * cached usage is left as it is. No refetch needed: the meter and list update at once.
 */
export function addEntryToCache(cache: ApolloCache, deploymentId: string, payload: LoggedHours | null | undefined) {
  const entry = payload?.entry;
  if (!entry || payload.userErrors.length > 0) return;
  const id = cache.identify({ __typename: "Deployment", id: deploymentId });
  if (!id) return;
  cache.modify({
    id,
    fields: {
      entries(existing: readonly Reference[] = [], { readField, toReference, storeFieldName }) {
        const ref = toReference({ __typename: "HourEntry", id: entry.id });
        if (!ref || existing.some((r) => readField("id", r) === entry.id)) return existing;
        if (!inRangeOf(storeFieldName, entry.date)) return existing;
        // Newest first: before the first entry on the same day or earlier.
        const at = existing.findIndex((r) => (readField<string>("date", r) ?? "") <= entry.date);
        return at === -1 ? [...existing, ref] : [...existing.slice(0, at), ref, ...existing.slice(at)];
      },
      capUsage(existing: StoreObject | Reference, { readField, storeFieldName }) {
        const usage = payload.capUsage;
        // Only the argument-less field is "today's window"; capUsage(date: ...) is another one.
        if (!usage || storeFieldName !== "capUsage") return existing;
        if (readField<string>("windowStart", existing) !== usage.windowStart) return existing;
        return { ...existing, ...usage };
      },
    },
  });
}

/** Whether a date belongs in a cached `entries(from:, to:)` list (its arguments are in the store field's name). */
function inRangeOf(storeFieldName: string, date: string): boolean {
  const open = storeFieldName.indexOf("(");
  if (open === -1) return true;
  const args = JSON.parse(storeFieldName.slice(open + 1, -1)) as { from?: string | null; to?: string | null };
  return (args.from == null || date >= args.from) && (args.to == null || date <= args.to);
}
