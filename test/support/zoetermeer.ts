import { GraphQLSession } from "./graphql.js";
import { startTestPortal, type TestPortal } from "./portal.js";

export interface Zoetermeer {
  portal: TestPortal;
  /** medewerker@horizon.demo, medewerker@delinde.demo and consulent@zoetermeer.demo, logged in. */
  horizon: GraphQLSession;
  deLinde: GraphQLSession;
  consulent: GraphQLSession;
  /** Provider ids by name: "Zorggroep Horizon", "Welzijn De Linde". */
  providerIds: Record<string, string>;
}

/** A test portal with Zoetermeer's two providers and its officer logged in: the cast of the eligibility tests. */
export async function startZoetermeer(): Promise<Zoetermeer> {
  const portal = await startTestPortal();
  const providerIds: Record<string, string> = {};
  for (const row of await portal.sql<{ id: string; name: string }>("SELECT id, name FROM provider")) providerIds[row.name] = row.id;
  return {
    portal,
    horizon: await new GraphQLSession(portal.url).login("medewerker@horizon.demo"),
    deLinde: await new GraphQLSession(portal.url).login("medewerker@delinde.demo"),
    consulent: await new GraphQLSession(portal.url).login("consulent@zoetermeer.demo"),
    providerIds,
  };
}
