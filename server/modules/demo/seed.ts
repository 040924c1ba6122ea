import { randomUUID } from "node:crypto";
import { addDays, todayInNetherlands } from "../../../shared/dates.js";
import type { Logger } from "../../app/logger.js";
import type { Services } from "../../app/services.js";
import type { Actor } from "../access/actor.js";
import { hashPassword } from "../auth/passwords.js";
import { UserEntity } from "../auth/user.entity.js";
import { GROESBEEK, ZOETERMEER as ZOETERMEER_CATALOGUE } from "../catalogue/catalogues.js";
import { ContractEntity } from "../organisation/contract.entity.js";
import { MunicipalityEntity } from "../organisation/municipality.entity.js";
import { ProviderEntity } from "../organisation/provider.entity.js";
import { BERG_EN_DAL, DEMO_ACCOUNTS, DEMO_PASSWORD, DE_LINDE, HORIZON, ZOETERMEER } from "./accounts.js";

const SEED_ORIGIN = { ip: null };

/** Seeds the demo organisations, accounts and some work into an empty database (VIV_DEMO=1). */
export async function seedDemoIfEmpty(services: Services, log: Logger): Promise<void> {
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

    const providers: Record<string, { id: string; name: string }> = {
      [HORIZON]: { id: randomUUID(), name: HORIZON },
      [DE_LINDE]: { id: randomUUID(), name: DE_LINDE },
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
      })),
    );
  });

  // The demo's work is written through the same services as any user's, so the caps and
  // running totals hold for it too.
  const today = todayInNetherlands();
  const horizon = await demoActor(services, "medewerker@horizon.demo");
  const deLinde = await demoActor(services, "medewerker@delinde.demo");
  const work: Array<{ actor: Actor; municipality: string; code: string; bsn: string; startedDaysAgo: number; minutes: number[]; motivation?: string; transport?: boolean }> = [
    { actor: horizon, municipality: ZOETERMEER.code, code: "KORTDURENDE_BEGELEIDING", bsn: "908301662", startedDaysAgo: 70, minutes: [120, 90, 135, 60, 180, 120, 90, 150, 120, 90, 135, 120, 150, 180, 90, 120] },
    { actor: horizon, municipality: ZOETERMEER.code, code: "KORTDURENDE_BEGELEIDING", bsn: "131860914", startedDaysAgo: 12, minutes: [60, 45] },
    {
      actor: horizon,
      municipality: ZOETERMEER.code,
      code: "RECREATIEVE_DAGBESTEDING",
      bsn: "390996038",
      startedDaysAgo: 120,
      minutes: [240, 240, 180, 240, 240],
      motivation: "Zwaartepunt ligt op recreatie: tuinieren en koken in de groep; geen productiedoelen.",
      transport: true,
    },
    { actor: horizon, municipality: BERG_EN_DAL.code, code: "BEGELEIDING_KORTDUREND", bsn: "948219932", startedDaysAgo: 40, minutes: [90, 120, 60] },
    { actor: deLinde, municipality: ZOETERMEER.code, code: "KORTDURENDE_BEGELEIDING", bsn: "518190936", startedDaysAgo: 25, minutes: [60, 90, 75] },
  ];
  for (const w of work) {
    const startDate = addDays(today, -w.startedDaysAgo);
    const deployment = await services.deployments.create(w.actor, SEED_ORIGIN, {
      municipalityCode: w.municipality,
      residentBsn: w.bsn,
      voorzieningCode: w.code,
      startDate,
      endDate: null,
      motivation: w.motivation ?? null,
      transportByProvider: w.transport ?? false,
    });
    if ("code" in deployment) throw new Error(`demo deployment refused: ${deployment.code}`);
    for (const [i, minutes] of w.minutes.entries()) {
      const date = addDays(startDate, Math.floor(((i + 1) * w.startedDaysAgo) / (w.minutes.length + 1)));
      const logged = await services.hours.log(w.actor, SEED_ORIGIN, { deploymentId: deployment.id, date, minutes, note: null, idempotencyKey: null });
      if ("code" in logged) throw new Error(`demo hours refused: ${logged.code}`);
    }
  }
  log.info("demo data seeded");
}

async function demoActor(services: Services, email: string): Promise<Actor> {
  const actor = await services.auth.actorByEmail(email);
  if (!actor) throw new Error(`demo account missing: ${email}`);
  return actor;
}
