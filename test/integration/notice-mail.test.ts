import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { daysAgo, freshBsn, startDeployment } from "../support/fixtures.js";
import { GraphQLSession, LOG_HOURS } from "../support/graphql.js";
import { startTestPortal, type TestPortal } from "../support/portal.js";
import { startSmtpReceiver } from "../support/smtp.js";

let receiver: Awaited<ReturnType<typeof startSmtpReceiver>>;
let database: string;
const running: TestPortal[] = [];

/** A portal on this file's database that sends mail to the receiver, looking every `pollMs`. */
async function portalWithMail(pollMs: number): Promise<TestPortal> {
  const portal = await startTestPortal({ database, env: { SMTP_URL: receiver.url, SMTP_FROM: "VIV-portaal <meldingen@viv.test>", VIV_MAIL_POLL_MS: String(pollMs) } });
  running.push(portal);
  return portal;
}
async function stop(portal: TestPortal) {
  running.splice(running.indexOf(portal), 1);
  await portal.stop();
}
/** A kortdurende begeleiding of Horizon brought to 80 % of its 3000 minutes: one event, a notice for each of Horizon's two people. */
async function passEightyPercent(portal: TestPortal): Promise<{ id: string; bsn: string }> {
  const horizon = await new GraphQLSession(portal.url).login("medewerker@horizon.demo");
  const bsn = freshBsn();
  const id = await startDeployment(horizon, { residentBsn: bsn, startDate: daysAgo(20) });
  for (const date of [daysAgo(3), daysAgo(2)]) {
    expect((await horizon.request(LOG_HOURS, { input: { deploymentId: id, date, minutes: 1200 } })).data.logHours.userErrors).toEqual([]);
  }
  return { id, bsn };
}
const noticeIds = async (portal: TestPortal, deploymentId: string) =>
  (await portal.sql<{ id: string }>("SELECT id FROM notice WHERE deployment_id = $1 ORDER BY id", [deploymentId])).map((r) => r.id);
const mailsFor = (ids: string[]) => receiver.mails.filter((m) => ids.some((id) => m.header("Message-ID") === `<${id}@viv-portaal>`));
async function waitFor(check: () => boolean | Promise<boolean>, ms = 15_000) {
  for (const until = Date.now() + ms; Date.now() < until; await new Promise((r) => setTimeout(r, 50))) if (await check()) return;
  throw new Error("timed out");
}
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeAll(async () => {
  receiver = await startSmtpReceiver();
  const first = await startTestPortal();
  database = first.databaseUrl;
  await first.stop();
});
afterAll(async () => {
  for (const portal of [...running]) await portal.stop();
  await receiver?.stop();
});

describe("meldingen by e-mail", () => {
  it("sends each recipient one message with the notice's Dutch text, a link and no BSN or name", async () => {
    const portal = await portalWithMail(100);
    const { id, bsn } = await passEightyPercent(portal);
    const ids = await noticeIds(portal, id);
    expect(ids).toHaveLength(2);
    await waitFor(() => mailsFor(ids).length === 2);
    const mails = mailsFor(ids);
    expect(mails.map((m) => m.to).sort()).toEqual([["beheer@horizon.demo"], ["medewerker@horizon.demo"]]);
    const mail = mails[0];
    expect(mail.header("Subject")).toBe("VIV-portaal: Maximum bijna bereikt");
    expect(mail.header("From")).toMatch(/^"?VIV-portaal"? <meldingen@viv\.test>$/);
    expect(mail.text).toContain("Een kortdurende individuele begeleiding heeft 80 % van het maximum gebruikt: 40:00 uur van 50:00 uur.");
    expect(mail.text).toContain(`Bekijk uw meldingen in het VIV-portaal: ${portal.url}/meldingen`);
    for (const m of mails) {
      expect(m.raw).not.toContain(bsn);
      expect(m.raw).not.toContain(bsn.slice(-3) + "\r"); // not even the masked tail
    }
    const [{ n }] = await portal.sql<{ n: number }>("SELECT count(*)::int AS n FROM notice_mail WHERE notice_id = ANY($1::uuid[]) AND sent_at IS NOT NULL", [ids]);
    expect(n).toBe(2);
    await stop(portal);
  });

  it("sends a mail whose event committed in a process that stopped before its poller ran, exactly once", async () => {
    const crashed = await portalWithMail(600_000); // its poller would look only in ten minutes
    const { id } = await passEightyPercent(crashed);
    const ids = await noticeIds(crashed, id);
    expect(await crashed.sql("SELECT 1 FROM notice_mail WHERE notice_id = ANY($1::uuid[]) AND sent_at IS NULL", [ids])).toHaveLength(2);
    await stop(crashed);
    expect(mailsFor(ids)).toEqual([]);

    await portalWithMail(100); // started again
    await waitFor(() => mailsFor(ids).length === 2);
    await portalWithMail(100); // a second process on the same outbox
    await pause(1000);
    expect(mailsFor(ids)).toHaveLength(2);
    for (const portal of [...running]) await stop(portal);
  });

  it("never sends a mail twice when two API processes poll the same outbox", async () => {
    const [a, b] = [await portalWithMail(50), await portalWithMail(50)];
    const events = await Promise.all([passEightyPercent(a), passEightyPercent(b), passEightyPercent(a), passEightyPercent(b), passEightyPercent(a), passEightyPercent(b)]);
    const ids = (await Promise.all(events.map((e) => noticeIds(a, e.id)))).flat();
    expect(ids).toHaveLength(12);
    await waitFor(() => mailsFor(ids).length >= 12);
    await pause(500);
    const messageIds = mailsFor(ids).map((m) => m.header("Message-ID"));
    expect(messageIds).toHaveLength(12);
    expect(new Set(messageIds).size).toBe(12);
    await stop(a);
    await stop(b);
  });

  it("retries a mail the SMTP server did not take, and sends it once when the server is back", async () => {
    const downReceiver = "smtp://127.0.0.1:9"; // nothing listens there
    const portal = await startTestPortal({ database, env: { SMTP_URL: downReceiver, VIV_MAIL_POLL_MS: "100" } });
    running.push(portal);
    const { id } = await passEightyPercent(portal);
    const ids = await noticeIds(portal, id);
    await waitFor(async () => (await portal.sql("SELECT 1 FROM notice_mail WHERE notice_id = ANY($1::uuid[]) AND attempts > 0", [ids])).length === 2);
    const [row] = await portal.sql<{ attempts: number; sent: boolean; later: boolean; error: string }>(
      `SELECT attempts, sent_at IS NOT NULL AS sent, next_attempt_at > now() AS later, last_error AS error FROM notice_mail WHERE notice_id = $1`,
      [ids[0]],
    );
    expect(row).toMatchObject({ attempts: 1, sent: false, later: true });
    expect(row.error).toMatch(/ECONNREFUSED/);
    // Time passes: the retry is due when the next process starts.
    await portal.sql("UPDATE notice_mail SET next_attempt_at = now() WHERE notice_id = ANY($1::uuid[])", [ids]);
    await stop(portal);
    await portalWithMail(100);
    await waitFor(() => mailsFor(ids).length === 2);
    const [after] = await running[0].sql<{ attempts: number }>("SELECT attempts FROM notice_mail WHERE notice_id = $1", [ids[0]]);
    expect(after.attempts).toBe(2);
  });
});
