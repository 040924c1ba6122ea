import "reflect-metadata";
import { getNamedType, isEnumType, isInputObjectType, isListType, isNonNullType, isScalarType, type GraphQLInputType } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSchema } from "../../server/app/schema.js";
import { daysAgo, startDeployment } from "../support/fixtures.js";
import { GraphQLSession, LOG_HOURS } from "../support/graphql.js";
import { startTestPortal, type TestPortal } from "../support/portal.js";

/**
 * Issue #17, "done when": no generated input answers INTERNAL_SERVER_ERROR. Every mutation of
 * the schema, with arguments built from its types out of awkward values, as four roles.
 */
let portal: TestPortal;
let ids: string[];
beforeAll(async () => {
  portal = await startTestPortal();
  const employee = await new GraphQLSession(portal.url).login("medewerker@horizon.demo");
  const deployment = await startDeployment(employee, {});
  const entry = (await employee.request(LOG_HOURS, { input: { deploymentId: deployment, date: daysAgo(1), minutes: 30 } })).data.logHours.entry.id;
  ids = [deployment, entry, "", "x", "00000000-0000-0000-0000-000000000000", "'; DROP TABLE deployment; --"];
});
afterAll(() => portal?.stop());

const STRINGS = ["", " ", "nul\u0000teken", "x".repeat(10_000), "GM0637", "9999-12", "2026-13", "'; DROP TABLE app_user; --", "=HYPERLINK(\"x\")", "\ud800", "💥 ëü", "111222333", "a@b"];
const DATES = ["9999-12-31", "1900-01-01", daysAgo(1), "2026-02-28"];
const INTS = [0, -1, 1, 2_147_483_647, 1441];

/** The i-th awkward value for a GraphQL input type. */
function value(type: GraphQLInputType, i: number): unknown {
  if (isNonNullType(type)) return value(type.ofType, i);
  if (isListType(type)) return [value(type.ofType, i)];
  if (isEnumType(type)) return type.getValues()[i % type.getValues().length].value;
  if (isInputObjectType(type)) return Object.fromEntries(Object.values(type.getFields()).map((f, j) => [f.name, value(f.type, i + j)]));
  const named = getNamedType(type);
  if (isScalarType(named)) {
    switch (named.name) {
      case "ID":
        return ids[i % ids.length];
      case "Date":
        return DATES[i % DATES.length];
      case "Int":
        return INTS[i % INTS.length];
      case "Boolean":
        return i % 2 === 0;
      default:
        return STRINGS[i % STRINGS.length];
    }
  }
  return null;
}

describe("generated inputs", () => {
  it("never answer INTERNAL_SERVER_ERROR, for any mutation, role or value", async () => {
    const mutations = Object.values((await createSchema()).getMutationType()!.getFields()).filter((f) => f.name !== "logout");
    const sessions = await Promise.all(
      ["medewerker@horizon.demo", "beheer@horizon.demo", "consulent@zoetermeer.demo", "beheer@zoetermeer.demo"].map((email) => new GraphQLSession(portal.url).login(email)),
    );
    const internal: string[] = [];
    let requests = 0;
    for (const field of mutations) {
      const params = field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(", ");
      const args = field.args.map((a) => `${a.name}: $${a.name}`).join(", ");
      const query = `mutation Fuzz${params ? `(${params})` : ""} { ${field.name}${args ? `(${args})` : ""} { __typename } }`;
      for (let i = 0; i < STRINGS.length; i++) {
        for (const session of sessions) {
          const variables = Object.fromEntries(field.args.map((a, j) => [a.name, value(a.type, i + j)]));
          const result = await session.request(query, variables);
          requests++;
          if (result.status >= 500 || result.errors?.some((e) => e.extensions?.code === "INTERNAL_SERVER_ERROR")) {
            internal.push(`${field.name} ${JSON.stringify(variables).slice(0, 200)}`);
          }
        }
      }
    }
    console.log(`${requests} generated requests over ${mutations.length} mutations; internal errors: ${internal.length}`);
    expect(internal).toEqual([]);
  }, 120_000);
});
