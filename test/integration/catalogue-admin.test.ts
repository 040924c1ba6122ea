import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays } from "../../shared/dates.js";
import { ZOETERMEER } from "../../server/modules/catalogue/catalogues.js";
import { daysAgo, today } from "../support/fixtures.js";
import { GraphQLSession } from "../support/graphql.js";
import { startTestPortal, type TestPortal } from "../support/portal.js";

let portal: TestPortal;
let beheer: GraphQLSession;

const CREATE = `mutation C($input: CreateCatalogueVersionInput!) {
  createCatalogueVersion(input: $input) {
    version { id validFrom validUntil name voorzieningen { code capAmount capWindow reviewCycleMonths eligibility approval } }
    userErrors { code field message }
  }
}`;
const VERSIONS = `query V($code: String!) { catalogueVersions(municipalityCode: $code) { validFrom validUntil name voorzieningen { code capAmount } } }`;

/** Zoetermeer's catalogue with kortdurende begeleiding at `hours` hours, as the admin's form sends it. */
const voorzieningen = (hours = 40) =>
  ZOETERMEER.voorzieningen.map((rule) => ({
    code: rule.code,
    name: rule.name,
    unit: rule.unit,
    capAmount: rule.code === "KORTDURENDE_BEGELEIDING" ? hours * 60 : (rule.cap?.amount ?? null),
    capWindow: rule.cap?.window ?? null,
    maxDurationMonths: rule.maxDurationMonths,
    reviewCycleMonths: rule.reviewCycleMonths,
    eligibility: rule.eligibility,
    approval: rule.approval,
    asksMotivation: rule.asksMotivation,
    asksTransport: rule.asksTransport,
    policyQuote: rule.policyQuote,
  }));
const create = (validFrom: string, session = beheer, extra: Record<string, unknown> = {}) =>
  session.request(CREATE, {
    input: { municipalityCode: "GM0637", validFrom, name: "Vrij inzetbare voorzieningen Zoetermeer (herzien)", policySource: "Beleidsregels 2027", voorzieningen: voorzieningen(), ...extra },
  });
const versionCount = async () => Number((await portal.sql<{ n: string }>("SELECT count(*) AS n FROM catalogue_version"))[0].n);

beforeAll(async () => {
  portal = await startTestPortal();
  beheer = await new GraphQLSession(portal.url).login("beheer@zoetermeer.demo");
});
afterAll(() => portal?.stop());

describe("a new catalogue version by the municipality admin", () => {
  it("is refused from a date in the past or today: the past cannot be changed", async () => {
    const before = await versionCount();
    for (const date of [daysAgo(1), today]) {
      const result = await create(date);
      expect(result.data.createCatalogueVersion).toMatchObject({ version: null, userErrors: [{ code: "INVALID_INPUT", field: "validFrom" }] });
    }
    expect((await create(daysAgo(1))).data.createCatalogueVersion.userErrors[0].message).toBe(
      "Een nieuwe versie gaat op zijn vroegst morgen in: wat al is geschreven, blijft beoordeeld naar de regels van dat moment.",
    );
    expect(await versionCount()).toBe(before);
  });

  it("is refused with every problem at once: a cap without window, a dropped voorziening with running deployments", async () => {
    const broken = voorzieningen().filter((v) => v.code !== "WAAKVLAMCONTACT").map((v) => (v.code === "RECREATIEVE_DAGBESTEDING" ? { ...v, capAmount: 600 } : v));
    const result = await create(addDays(today, 30), beheer, { voorzieningen: broken });
    expect(result.data.createCatalogueVersion.userErrors.map((e: { field: string }) => e.field)).toEqual(["voorzieningen[0].capWindow", "voorzieningen"]);
    expect(result.data.createCatalogueVersion.userErrors[1].message).toContain("WAAKVLAMCONTACT");
  });

  it("is accepted from tomorrow on, and the catalogue of that date shows the new cap", async () => {
    const tomorrow = addDays(today, 1);
    const result = await create(tomorrow);
    expect(result.data.createCatalogueVersion.userErrors).toEqual([]);
    expect(result.data.createCatalogueVersion.version).toMatchObject({ validFrom: tomorrow, validUntil: null, name: "Vrij inzetbare voorzieningen Zoetermeer (herzien)" });
    expect(result.data.createCatalogueVersion.version.voorzieningen[3]).toEqual({
      code: "WAAKVLAMCONTACT",
      capAmount: 900,
      capWindow: "REVIEW_YEAR",
      reviewCycleMonths: 12,
      eligibility: "ENDED_INDIVIDUAL_BEGELEIDING",
      approval: "NONE",
    });
    const cap = async (date: string) =>
      (await beheer.request(`query { catalogue(municipalityCode: "GM0637", date: "${date}") { code capAmount } }`)).data.catalogue.find((v: { code: string }) => v.code === "KORTDURENDE_BEGELEIDING").capAmount;
    expect(await cap(today)).toBe(3000);
    expect(await cap(tomorrow)).toBe(2400);
  });

  it("must start after the newest version", async () => {
    const result = await create(addDays(today, 1));
    expect(result.data.createCatalogueVersion.userErrors).toMatchObject([{ code: "INVALID_INPUT", field: "validFrom" }]);
    expect(result.data.createCatalogueVersion.userErrors[0].message).toContain("De nieuwste versie gaat in op");
  });

  it("lists the municipality's versions, newest first, each valid until the next starts", async () => {
    const versions = (await beheer.request(VERSIONS, { code: "GM0637" })).data.catalogueVersions;
    expect(versions.map((v: { validFrom: string; validUntil: string | null }) => [v.validFrom, v.validUntil])).toEqual([
      [addDays(today, 1), null],
      ["2024-01-01", today],
    ]);
    expect(versions[1].voorzieningen.find((v: { code: string }) => v.code === "KORTDURENDE_BEGELEIDING").capAmount).toBe(3000);
  });

  it("is for the municipality admin of that municipality only", async () => {
    for (const email of ["consulent@zoetermeer.demo", "financien@zoetermeer.demo", "beheer@horizon.demo"]) {
      const session = await new GraphQLSession(portal.url).login(email);
      expect((await create(addDays(today, 60), session)).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    }
    const result = await beheer.request(CREATE, {
      input: { municipalityCode: "GM1945", validFrom: addDays(today, 60), name: "x", policySource: "x", voorzieningen: voorzieningen() },
    });
    expect(result.data.createCatalogueVersion.userErrors).toMatchObject([{ code: "NOT_FOUND", field: "municipalityCode" }]);
    const bergEnDal = await new GraphQLSession(portal.url).login("consulent@bergendal.demo");
    expect((await bergEnDal.request(VERSIONS, { code: "GM0637" })).data.catalogueVersions).toEqual([]);
  });
});
