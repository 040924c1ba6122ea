import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import { buildSchema, Kind, parse, validate, type DefinitionNode, type OperationDefinitionNode, type ValidationRule } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEPTH_LIMIT } from "../../server/app/hardening.js";
import { GraphQLSession } from "../support/graphql.js";
import { startTestPortal, type TestPortal } from "../support/portal.js";

/** Levels every screen's query keeps below the server's limit, so one more nested field breaks nothing. */
const HEADROOM = 2;

/** Every graphql(`...`) document in the client's source, as codegen reads them (client/codegen.ts). */
function clientDefinitions(): DefinitionNode[] {
  const sources = readdirSync("client/src", { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".tsx"));
  expect(sources.length).toBeGreaterThan(20);
  return sources.flatMap((file) =>
    [...readFileSync(path.join("client/src", file), "utf8").matchAll(/graphql\(`([^`]*)`\)/g)].flatMap((match) => parse(match[1]).definitions),
  );
}

/** Each operation's depth as the server's own rule counts it. */
function depths(): Array<{ operation: string; depth: number }> {
  const schema = buildSchema(readFileSync("schema.graphql", "utf8"));
  const definitions = clientDefinitions();
  const fragments = definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
  const operations = definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  return operations.map((operation) => {
    let depth = -1;
    const onAccept = [(_context: unknown, details: { n: number }) => void (depth = details.n)];
    const rules: ValidationRule[] = new ApolloArmor({ maxDepth: { ...DEPTH_LIMIT, n: Number.MAX_SAFE_INTEGER, onAccept } }).protect().validationRules ?? [];
    expect(validate(schema, { kind: Kind.DOCUMENT, definitions: [operation, ...fragments] }, rules)).toEqual([]);
    return { operation: operation.name?.value ?? "(anonymous)", depth };
  });
}

describe("the depth limit", () => {
  it(`leaves every client document at least ${HEADROOM} levels of headroom`, () => {
    const all = depths();
    expect(all.length).toBeGreaterThan(40);
    expect(all.find((d) => d.operation === "DeploymentPage_Deployment")?.depth).toBeGreaterThan(3);
    expect(all.filter((d) => d.depth > DEPTH_LIMIT.n - HEADROOM)).toEqual([]);
  });

  describe("on the server", () => {
    let portal: TestPortal;
    beforeAll(async () => {
      portal = await startTestPortal({ demo: false });
    });
    afterAll(() => portal?.stop());

    /** `__type(name: "Query") { name ofType { name ofType { ... } } }`: `levels` fields deep, valid at any depth. */
    const nested = (levels: number): string => `{ __type(name: "Query") { ${ofTypes(levels - 1)} } }`;
    const ofTypes = (levels: number): string => (levels === 1 ? "name" : `name ofType { ${ofTypes(levels - 1)} }`);

    it("refuses a document nested deeper than the limit, and lets one at the limit through", async () => {
      const session = new GraphQLSession(portal.url);
      const atLimit = await session.request(nested(DEPTH_LIMIT.n));
      expect(atLimit.errors, JSON.stringify(atLimit.errors)).toBeUndefined();
      expect(atLimit.data.__type).toEqual({ name: "Query", ofType: null });
      const over = await session.request(nested(DEPTH_LIMIT.n + 1));
      expect(over.status).toBe(400);
      expect(over.errors?.map((e) => e.extensions?.code)).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
      expect(over.errors?.[0].message).toContain(`Query depth limit of ${DEPTH_LIMIT.n} exceeded, found ${DEPTH_LIMIT.n + 1}`);
    });
  });
});
