import { randomUUID } from "node:crypto";
import { addDays, todayInNetherlands } from "../../../shared/dates.js";
import type { Logger } from "../../platform/logger.js";
import { isRefusal } from "../../rules/types.js";
import type { RequestServices } from "../../platform/context.js";
import type { Actor } from "../../platform/actor.js";
import { hashPassword } from "../auth/passwords.js";
import { UserEntity } from "../auth/user.entity.js";
import { GROESBEEK, ZOETERMEER as ZOETERMEER_CATALOGUE } from "../catalogue/catalogues.js";
import { ContractEntity } from "../organisation/contract.entity.js";
import { MunicipalityEntity } from "../organisation/municipality.entity.js";
import { ProviderEntity } from "../organisation/provider.entity.js";
import type { NewDeployment } from "../deployment/deployment.service.js";
import { BERG_EN_DAL, DEMO_ACCOUNTS, DEMO_PASSWORD, DE_LINDE, HORIZON, ZOETERMEER } from "./accounts.js";
import { seedDemoTariffs } from "../finance/demo-tariffs.js";

/** The services the demo writes through, exactly as a user's requests would. */
type DemoServices = Pick<RequestServices, "db" | "auth" | "catalogue" | "deployments" | "hours" | "indications" | "waakvlam">;

const SEED_ORIGIN = { ip: null };

/** Seeds the demo organisations, accounts and some work into an empty database (VIV_DEMO=1). */
export async function seedDemoIfEmpty(services: DemoServices, log: Logger): Promise<void> {
  const db = services.db;
  if ((await db.getRepository(MunicipalityEntity).count()) > 0) return;

  await db.transaction(async (manager) => {
    const municipalities: Record<string, { id: string; code: string; name: string }> = {
      [ZOETERMEER.code]: { id: randomUUID(), ...ZOETERMEER },
      [BERG_EN_DAL.code]: { id: randomUUID(), ...BERG_EN_DAL },
    };
    await manager.insert(MunicipalityEntity, Object.values(municipalities));
    await services.catalogue.installVersion(manager, municipalities[ZOETERMEER.code].id, ZOETERMEER_CATALOGUE, "2024-01-01");
    await services.catalogue.installVersion(manager, municipalities[BERG_EN_DAL.code].id, GROESBEEK, "2015-01-01");

    // Demo AGB codes: eight digits, as a declaration needs them.
    const providers: Record<string, { id: string; name: string; agbCode: string }> = {
      [HORIZON]: { id: randomUUID(), name: HORIZON, agbCode: "98000001" },
      [DE_LINDE]: { id: randomUUID(), name: DE_LINDE, agbCode: "98000002" },
    };
    await manager.insert(ProviderEntity, Object.values(providers));
    const contract = (provider: string, municipality: string) => ({
      municipalityId: municipalities[municipality].id,
      id: randomUUID(),
      providerId: providers[provider].id,
      validFrom: "2024-01-01",
      validTo: null,
    });
    await manager.insert(ContractEntity, [contract(HORIZON, ZOETERMEER.code), contract(HORIZON, BERG_EN_DAL.code), contract(DE_LINDE, ZOETERMEER.code)]);

    // The organisations' own e-mail domains: their admins create accounts only in these.
    for (const [code, domains] of [[ZOETERMEER.code, ["zoetermeer.demo", "zoetermeer.nl"]], [BERG_EN_DAL.code, ["bergendal.demo", "bergendal.nl"]]] as const) {
      await manager.query("UPDATE municipality SET email_domains = $2 WHERE id = $1", [municipalities[code].id, domains]);
    }
    for (const [name, domains] of [[HORIZON, ["horizon.demo"]], [DE_LINDE, ["delinde.demo"]]] as const) {
      await manager.query("UPDATE provider SET email_domains = $2 WHERE id = $1", [providers[name].id, domains]);
    }

    const passwordHash = await hashPassword(DEMO_PASSWORD);
    await manager.insert(
      UserEntity,
      DEMO_ACCOUNTS.map((a) => ({
        id: randomUUID(),
        email: a.email,
        passwordHash,
        role: a.role,
        providerId: providers[a.organisation]?.id ?? null,
        municipalityId: municipalities[a.organisation]?.id ?? null,
        kind: "PERSON" as const,
        active: true,
        demo: true,
      })),
    );
  });

  // The demo's work is written through the same services as any user's, so the caps and
  // running totals hold for it too.
  const today = todayInNetherlands();
  const ago = (days: number) => addDays(today, -days);
  const horizon = await demoActor(services, "medewerker@horizon.demo");
  const deLinde = await demoActor(services, "medewerker@delinde.demo");
  const consulent = await demoActor(services, "consulent@zoetermeer.demo");

  const deploy = async (actor: Actor, input: Partial<NewDeployment> & { voorzieningCode: string; residentBsn: string; startDate: string }) => {
    const result = await services.deployments.create(actor, SEED_ORIGIN, {
      municipalityCode: ZOETERMEER.code,
      endDate: null,
      motivation: null,
      transportByProvider: false,
      workLikePart: false,
      ...input,
    });
    if (isRefusal(result)) throw new Error(`demo deployment refused: ${result.code}`);
    return result.deployment.id;
  };
  const logAll = async (actor: Actor, deploymentId: string, entries: Array<[daysAgo: number, minutes: number]>) => {
    for (const [daysAgo, minutes] of entries) {
      const logged = await services.hours.log(actor, SEED_ORIGIN, { deploymentId, date: ago(daysAgo), minutes, note: null, idempotencyKey: null });
      if (isRefusal(logged)) throw new Error(`demo hours refused: ${logged.code}`);
    }
  };
  const spread = (startedDaysAgo: number, minutes: number[]): Array<[number, number]> =>
    minutes.map((m, i) => [startedDaysAgo - Math.floor(((i + 1) * startedDaysAgo) / (minutes.length + 1)), m]);

  // Kortdurende begeleiding: one well on its way to the 50 hours, one just started.
  await logAll(horizon, await deploy(horizon, { voorzieningCode: "KORTDURENDE_BEGELEIDING", residentBsn: "908301662", startDate: ago(70) }),
    spread(70, [120, 90, 135, 60, 180, 120, 90, 150, 120, 90, 135, 120, 150, 180, 90, 120]));
  await logAll(horizon, await deploy(horizon, { voorzieningCode: "KORTDURENDE_BEGELEIDING", residentBsn: "131860914", startDate: ago(12) }), spread(12, [60, 45]));
  await logAll(deLinde, await deploy(deLinde, { voorzieningCode: "KORTDURENDE_BEGELEIDING", residentBsn: "518190936", startDate: ago(25) }), spread(25, [60, 90, 75]));

  // Recreatieve dagbesteding with the provider's transport after a light check.
  await logAll(
    horizon,
    await deploy(horizon, {
      voorzieningCode: "RECREATIEVE_DAGBESTEDING",
      residentBsn: "390996038",
      startDate: ago(120),
      motivation: "Tuinieren en koken in de groep; geen productiedoelen.",
      transportByProvider: true,
    }),
    spread(120, [240, 240, 180, 240, 240]),
  );

  // Zorgcoördinatie beside a maatwerk indication for individuele begeleiding in the household.
  const indication = await services.indications.record(consulent, SEED_ORIGIN, {
    municipalityCode: ZOETERMEER.code,
    residentBsn: "663923323",
    householdCode: "HH-ZTM-0001",
    providerId: (await demoProviderId(services, HORIZON))!,
    product: "BEGELEIDING_INDIVIDUEEL",
    startDate: ago(200),
    endDate: null,
  });
  if (isRefusal(indication)) throw new Error(`demo indication refused: ${indication.code}`);
  await logAll(horizon, await deploy(horizon, { voorzieningCode: "ZORGCOORDINATIE", residentBsn: "663923323", startDate: ago(60) }), spread(60, [90, 120, 60, 150]));

  // Waakvlamcontact after ended kortdurende begeleiding: one in its first review year with the
  // review coming up, one continued by the municipality into its second year.
  for (const [bsn, waakvlamStart] of [["369935639", 340], ["146881977", 400]] as const) {
    const begeleiding = await deploy(horizon, { voorzieningCode: "KORTDURENDE_BEGELEIDING", residentBsn: bsn, startDate: ago(waakvlamStart + 80), endDate: ago(waakvlamStart + 5) });
    await logAll(horizon, begeleiding, [[waakvlamStart + 70, 120], [waakvlamStart + 40, 90], [waakvlamStart + 10, 60]]);
    const waakvlam = await deploy(horizon, { voorzieningCode: "WAAKVLAMCONTACT", residentBsn: bsn, startDate: ago(waakvlamStart) });
    await logAll(horizon, waakvlam, [[waakvlamStart - 30, 60], [waakvlamStart - 120, 45], [waakvlamStart - 250, 60]]);
    if (waakvlamStart > 365) {
      const input = { deploymentId: waakvlam, outcome: "CONTINUE" as const };
      await services.waakvlam.advise(horizon, SEED_ORIGIN, { ...input, motivation: "Situatie stabiel maar kwetsbaar; contact houden." });
      await services.waakvlam.decide(consulent, SEED_ORIGIN, { ...input, motivation: "Eens met het advies: nog een jaar waakvlamcontact." });
      await logAll(horizon, waakvlam, [[20, 45]]);
    }
  }

  // Berg en Dal grants first (rules/eligibility.ts, grantFirst): Groesbeek's kortdurend traject
  // waited for the municipality, which granted it, and then took hours; a middellang traject
  // registered three days ago still waits in the consulent's Goedkeuringen.
  const bergEnDal = await demoActor(services, "consulent@bergendal.demo");
  const kortdurend = await deploy(horizon, { municipalityCode: BERG_EN_DAL.code, voorzieningCode: "BEGELEIDING_KORTDUREND", residentBsn: "948219932", startDate: ago(40) });
  const granted = await services.deployments.decideApproval(bergEnDal, SEED_ORIGIN, {
    deploymentId: kortdurend,
    decision: "APPROVE",
    motivation: "Toegekend na het gesprek met het Sociaal Team: kortdurend traject van ten hoogste 52 uur.",
  });
  if (isRefusal(granted)) throw new Error(`demo approval refused: ${granted.code}`);
  await logAll(horizon, kortdurend, spread(40, [90, 120, 60]));
  await deploy(horizon, { municipalityCode: BERG_EN_DAL.code, voorzieningCode: "BEGELEIDING_MIDDELLANG", residentBsn: "271531009", startDate: ago(3) });
  await seedDemoTariffs(services.db);
  log.info("demo data seeded");
}

async function demoProviderId(services: DemoServices, name: string): Promise<string | null> {
  const [row] = await services.db.query<Array<{ id: string }>>("SELECT id FROM provider WHERE name = $1", [name]);
  return row?.id ?? null;
}

async function demoActor(services: DemoServices, email: string): Promise<Actor> {
  const actor = await services.auth.actorByEmail(email);
  if (!actor) throw new Error(`demo account missing: ${email}`);
  return actor;
}
