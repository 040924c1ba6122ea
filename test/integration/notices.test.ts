import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addMonths, addDays, formatDutchDate } from "../../shared/dates.js";
import { createLogger } from "../../server/platform/logger.js";
import { daysAgo, deliveredBegeleiding, freshBsn, startDeployment } from "../support/fixtures.js";
import { CREATE_DEPLOYMENT, GraphQLSession, LOG_HOURS } from "../support/graphql.js";
import { startTestPortal, type TestPortal } from "../support/portal.js";

let portal: TestPortal;
let horizon: GraphQLSession;
let horizonAdmin: GraphQLSession;
let deLinde: GraphQLSession;
let consulent: GraphQLSession;

const NOTICES = `query N($unreadOnly: Boolean) { notices(unreadOnly: $unreadOnly) { id kind title message deploymentId readAt } unreadNoticeCount }`;
type NoticeView = { id: string; kind: string; title: string; message: string; deploymentId: string; readAt: string | null };
const noticesOf = async (session: GraphQLSession, deploymentId?: string) => {
  const { data } = await session.request(NOTICES, {});
  const all = data.notices as NoticeView[];
  return { list: deploymentId ? all.filter((n) => n.deploymentId === deploymentId) : all, unread: data.unreadNoticeCount as number };
};
const markRead = (session: GraphQLSession, ids: string[]) =>
  session.request(`mutation M($input: MarkNoticesReadInput!) { markNoticesRead(input: $input) { notices { id readAt } unreadCount userErrors { code } } }`, { input: { ids } });
const log = (deploymentId: string, date: string, minutes: number) => horizon.request(LOG_HOURS, { input: { deploymentId, date, minutes } });
const review = (session: GraphQLSession, mutation: "adviseWaakvlamReview" | "decideWaakvlamReview", deploymentId: string, outcome: string) =>
  session.request(
    `mutation R($input: ${mutation === "adviseWaakvlamReview" ? "Advise" : "Decide"}WaakvlamReviewInput!) { ${mutation}(input: $input) { userErrors { code } } }`,
    { input: { deploymentId, [mutation === "adviseWaakvlamReview" ? "advice" : "decision"]: outcome, motivation: "Besproken met de inwoner." } },
  );
/** A waakvlamcontact that started `started` days ago, after a kortdurende begeleiding by the same provider. */
async function waakvlam(started: number): Promise<string> {
  const bsn = freshBsn();
  await deliveredBegeleiding(horizon, bsn, daysAgo(started + 60), daysAgo(started + 1));
  return startDeployment(horizon, { voorzieningCode: "WAAKVLAMCONTACT", residentBsn: bsn, startDate: daysAgo(started) });
}

beforeAll(async () => {
  portal = await startTestPortal();
  horizon = await new GraphQLSession(portal.url).login("medewerker@horizon.demo");
  horizonAdmin = await new GraphQLSession(portal.url).login("beheer@horizon.demo");
  deLinde = await new GraphQLSession(portal.url).login("medewerker@delinde.demo");
  consulent = await new GraphQLSession(portal.url).login("consulent@zoetermeer.demo");
});
afterAll(() => portal?.stop());

describe("meldingen in the portal", () => {
  it("tells the provider's people once when a deployment passes 80 % of its cap, and nobody else", async () => {
    const bsn = freshBsn();
    const id = await startDeployment(horizon, { residentBsn: bsn, startDate: daysAgo(20) });
    const before = (await noticesOf(horizon)).unread;
    expect((await log(id, daysAgo(3), 1200)).data.logHours.userErrors).toEqual([]);
    expect((await noticesOf(horizon, id)).list).toEqual([]);
    expect((await log(id, daysAgo(2), 1200)).data.logHours.userErrors).toEqual([]); // 2400 of 3000 minutes: 80 %
    expect((await log(id, daysAgo(1), 300)).data.logHours.userErrors).toEqual([]); // 90 %: the same event, no second notice

    const mine = await noticesOf(horizon, id);
    expect(mine.list).toEqual([
      {
        id: expect.any(String),
        kind: "CAP_ALMOST_REACHED",
        title: "Maximum bijna bereikt",
        message: "Een kortdurende individuele begeleiding heeft 80 % van het maximum gebruikt: 40:00 uur van 50:00 uur.",
        deploymentId: id,
        readAt: null,
      },
    ]);
    expect(mine.unread).toBe(before + 1);
    expect((await noticesOf(horizonAdmin, id)).list).toHaveLength(1);
    expect((await noticesOf(deLinde, id)).list).toEqual([]);
    expect((await noticesOf(consulent, id)).list).toEqual([]);
    expect(JSON.stringify(mine.list)).not.toContain(bsn);
  });

  it("marks a notice read for its own recipient only, and the header's count follows", async () => {
    const { list, unread } = await noticesOf(horizon);
    const target = list.find((n) => n.readAt === null)!;
    // Someone else's notice: nothing changes, and nothing says it exists.
    const foreign = await markRead(consulent, [target.id]);
    expect(foreign.data.markNoticesRead.notices).toEqual([]);
    expect((await noticesOf(horizon)).list.find((n) => n.id === target.id)!.readAt).toBeNull();

    const own = await markRead(horizon, [target.id, "not-an-id"]);
    expect(own.data.markNoticesRead).toMatchObject({ notices: [{ id: target.id, readAt: expect.any(String) }], unreadCount: unread - 1, userErrors: [] });
    expect((await noticesOf(horizon)).unread).toBe(unread - 1);
    expect((await horizon.request(NOTICES, { unreadOnly: true })).data.notices.map((n: NoticeView) => n.id)).not.toContain(target.id);
    // The same notice for a colleague stays unread for the colleague.
    expect((await noticesOf(horizonAdmin)).list.find((n) => n.deploymentId === target.deploymentId && n.kind === target.kind)!.readAt).toBeNull();
  });

  it("tells the provider when the municipality decides an approval", async () => {
    const bsn = freshBsn();
    await startDeployment(horizon, { residentBsn: bsn, startDate: daysAgo(200), endDate: daysAgo(150) });
    const second = await horizon.request(CREATE_DEPLOYMENT, { input: { municipalityCode: "GM0637", voorzieningCode: "KORTDURENDE_BEGELEIDING", residentBsn: bsn, startDate: daysAgo(5) } });
    const id = second.data.createDeployment.deployment.id;
    const decided = await consulent.request(
      `mutation D($input: DecideDeploymentApprovalInput!) { decideDeploymentApproval(input: $input) { userErrors { code } } }`,
      { input: { deploymentId: id, decision: "APPROVE", motivation: "Akkoord." } },
    );
    expect(decided.data.decideDeploymentApproval.userErrors).toEqual([]);
    expect((await noticesOf(horizon, id)).list).toMatchObject([
      { kind: "APPROVAL_DECIDED", title: "Inzet goedgekeurd", message: "De gemeente heeft een kortdurende individuele begeleiding goedgekeurd. U kunt nu uren registreren." },
    ]);
  });

  it("tells the officers when advice arrives, and the provider when the review is decided", async () => {
    const id = await waakvlam(335);
    const start = daysAgo(335);
    const nextYear = `${formatDutchDate(addMonths(start, 12))} tot en met ${formatDutchDate(addDays(addMonths(start, 24), -1))}`;
    expect((await review(horizon, "adviseWaakvlamReview", id, "CONTINUE")).data.adviseWaakvlamReview.userErrors).toEqual([]);
    expect((await noticesOf(consulent, id)).list).toMatchObject([
      { kind: "ADVICE_RECEIVED", title: "Advies ontvangen", message: `De dienstverlener adviseert een waakvlamcontact voort te zetten in het beoordelingsjaar ${nextYear}. U kunt nu besluiten.` },
    ]);
    expect((await review(consulent, "decideWaakvlamReview", id, "CONTINUE")).data.decideWaakvlamReview.userErrors).toEqual([]);
    expect((await noticesOf(horizon, id)).list).toMatchObject([
      { kind: "REVIEW_DECIDED", title: "Besluit: voortzetten", message: `De gemeente zet een waakvlamcontact voort in het beoordelingsjaar ${nextYear}.` },
    ]);
  });

  it("raises the review-year and overdue notices by a scan that adds nothing when run again", async () => {
    const soon = await waakvlam(330);
    const overdue = await waakvlam(400);
    const far = await waakvlam(100);
    const scan = () => portal.services.notices.scanDueReviews(createLogger("silent"));
    await Promise.all([scan(), scan()]); // as two API processes would
    await scan();

    expect((await noticesOf(horizon, soon)).list).toMatchObject([{ kind: "REVIEW_YEAR_ENDING", title: "Advies nodig voor de jaarlijkse beoordeling" }]);
    expect((await noticesOf(horizon, soon)).list[0].message).toMatch(/^Het beoordelingsjaar van een waakvlamcontact loopt binnen acht weken af\. Geef uw advies/);
    expect((await noticesOf(consulent, soon)).list).toEqual([]);
    const secondYear = addMonths(daysAgo(400), 12);
    expect((await noticesOf(consulent, overdue)).list).toMatchObject([
      {
        kind: "REVIEW_OVERDUE",
        message: `Het beoordelingsjaar ${formatDutchDate(secondYear)} tot en met ${formatDutchDate(addDays(addMonths(secondYear, 12), -1))} van een waakvlamcontact is begonnen zonder besluit. Uren in dat jaar worden geweigerd tot de gemeente besluit.`,
      },
    ]);
    // The provider had no warning before its year started (the scan is new to it): it is told the year has begun.
    expect((await noticesOf(horizon, overdue)).list).toMatchObject([
      {
        kind: "REVIEW_YEAR_ENDING",
        message: `Het beoordelingsjaar ${formatDutchDate(secondYear)} tot en met ${formatDutchDate(addDays(addMonths(secondYear, 12), -1))} van een waakvlamcontact is begonnen zonder besluit. Geef uw advies over voortzetten, zodat de gemeente kan besluiten; tot dan worden uren in dat jaar geweigerd.`,
      },
    ]);
    expect((await noticesOf(horizon, far)).list).toEqual([]);
    const [{ n }] = await portal.sql<{ n: number }>("SELECT count(*)::int AS n FROM notice WHERE deployment_id = ANY($1::uuid[])", [[soon, overdue, far]]);
    // soon: 2 Horizon people; overdue: 2 Horizon people (no advice yet) + the Zoetermeer officer.
    expect(n).toBe(5);
  });

  it("answers UNAUTHENTICATED without a session", async () => {
    const anonymous = await new GraphQLSession(portal.url).request("query { unreadNoticeCount }");
    expect(anonymous.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });
});
