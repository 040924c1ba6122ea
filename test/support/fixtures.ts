import { expect } from "vitest";
import { isValidBsn } from "../../shared/bsn.js";
import { addDays, todayInNetherlands } from "../../shared/dates.js";
import { CREATE_DEPLOYMENT, LOG_HOURS, type GraphQLSession } from "./graphql.js";

export const today = todayInNetherlands();
export const daysAgo = (n: number) => addDays(today, -n);

let counter = 0;
/** A BSN that passes the elfproef and that no other test in this run has used. */
export function freshBsn(): string {
  for (;;) {
    const base = String(300_000_000 + process.pid * 1000 + ++counter * 10).slice(0, 8);
    for (let last = 0; last <= 9; last++) if (isValidBsn(base + last)) return base + last;
  }
}

/** How a screen shows a resident: the masked BSN, "******" and its last three digits. */
export const maskedBsn = (bsn: string) => `******${bsn.slice(-3)}`;

/**
 * Fresh BSNs whose masked form none of the provider's running deployments shows yet, nor each
 * other: a screen that names a row by it (the day view, the list) then finds the row meant. The
 * demo data has running deployments of its own, so a plain fresh BSN shares its last three
 * digits with one of them in a few runs out of a hundred.
 */
export async function unmistakableBsns(session: GraphQLSession, count: number): Promise<string[]> {
  const running = await session.request(`query { deployments(first: 100, filter: { status: ACTIVE }) { totalCount edges { node { resident { bsnMasked } } } } }`);
  expect(running.data.deployments.totalCount).toBeLessThanOrEqual(100);
  const shown = new Set<string>(running.data.deployments.edges.map((e: { node: { resident: { bsnMasked: string } } }) => e.node.resident.bsnMasked));
  const bsns: string[] = [];
  while (bsns.length < count) {
    const bsn = freshBsn();
    if (shown.has(maskedBsn(bsn))) continue;
    shown.add(maskedBsn(bsn));
    bsns.push(bsn);
  }
  return bsns;
}

/** Starts a deployment through the API and fails the test if the portal refuses it. */
export async function startDeployment(session: GraphQLSession, input: Record<string, unknown>): Promise<string> {
  const result = await session.request(CREATE_DEPLOYMENT, {
    input: { municipalityCode: "GM0637", residentBsn: freshBsn(), voorzieningCode: "KORTDURENDE_BEGELEIDING", startDate: daysAgo(30), ...input },
  });
  expect(result.data?.createDeployment?.userErrors).toEqual([]);
  return result.data.createDeployment.deployment.id;
}

export const RECORD_INDICATION = `
  mutation RecordIndication($input: RecordMaatwerkIndicationInput!) {
    recordMaatwerkIndication(input: $input) { indication { id householdCode } userErrors { code field message } }
  }`;

/** The municipality records a maatwerk indication for individuele begeleiding delivered by `providerId`. */
export async function recordIndication(
  consulent: GraphQLSession,
  input: { providerId: string; residentBsn: string; householdCode: string; startDate: string; endDate?: string | null },
): Promise<void> {
  const result = await consulent.request(RECORD_INDICATION, {
    input: { municipalityCode: "GM0637", product: "BEGELEIDING_INDIVIDUEEL", endDate: null, ...input },
  });
  expect(result.data?.recordMaatwerkIndication?.userErrors).toEqual([]);
}

/**
 * Kortdurende begeleiding for the resident from `from` to `to` with one hour written on its last
 * day: delivered and ended begeleiding, which waakvlamcontact may follow. Returns its id.
 */
export async function deliveredBegeleiding(session: GraphQLSession, residentBsn: string, from: string, to: string): Promise<string> {
  const id = await startDeployment(session, { residentBsn, startDate: from, endDate: to });
  const logged = await session.request(LOG_HOURS, { input: { deploymentId: id, date: to, minutes: 60 } });
  expect(logged.data?.logHours?.userErrors).toEqual([]);
  return id;
}
