import { randomBytes, randomUUID } from "node:crypto";
import type { DataSource, EntityManager } from "typeorm";
import { MUNICIPALITY_ROLES, PROVIDER_ROLES, type Role } from "../../../shared/roles.js";
import type { IsoDate } from "../../../shared/dates.js";
import { isUuid } from "../../platform/ids.js";
import { transact } from "../../platform/transaction.js";
import type { Refusal } from "../../rules/types.js";
import type { Actor, Origin } from "../../platform/actor.js";
import { assertCan } from "../access/permissions.js";
import { recordAudit } from "../audit/audit.service.js";
import { tokenHash } from "../auth/auth.service.js";
import { hashPassword } from "../auth/passwords.js";

export interface AccountRow {
  id: string;
  email: string;
  role: Role;
  active: boolean;
  secondFactor: boolean;
}

export interface ApiTokenRow {
  id: string;
  name: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

const NOT_FOUND: Refusal = { code: "NOT_FOUND", field: "userId", message: "Dit account bestaat niet, of u beheert het niet." };

/** A first password, shown once to the administrator who hands it over. */
function initialPassword(): string {
  return randomBytes(12).toString("base64url");
}

/**
 * Account management: a provider admin manages the organisation's employees and API tokens;
 * a municipality admin manages provider organisations, contracts and municipal users.
 */
export class AccountsService {
  constructor(
    private readonly db: DataSource,
    private readonly today: () => IsoDate,
  ) {}

  /** The accounts an admin manages: the own organisation's people. */
  async list(actor: Actor | null): Promise<AccountRow[]> {
    const admin = assertCan(actor, "account.manage");
    const [column, id] = scopeOf(admin);
    return this.db.query(
      `SELECT id, email, role, active, totp_enabled_at IS NOT NULL AS "secondFactor" FROM app_user
        WHERE ${column} = $1 AND kind = 'PERSON' ORDER BY email`,
      [id],
    );
  }

  async createUser(actor: Actor | null, origin: Origin, input: { email: string; role: Role }): Promise<{ account: AccountRow; initialPassword: string } | Refusal> {
    const admin = assertCan(actor, "account.manage");
    const allowed = admin.providerId ? PROVIDER_ROLES : MUNICIPALITY_ROLES;
    if (!allowed.includes(input.role)) return { code: "INVALID_INPUT", field: "role", message: "Deze rol hoort niet bij uw organisatie." };
    return transact(this.db, (manager) => this.insertUser(manager, admin, origin, input.email, input.role, admin.providerId, admin.municipalityId));
  }

  async deactivateUser(actor: Actor | null, origin: Origin, userId: string): Promise<AccountRow | Refusal> {
    const admin = assertCan(actor, "account.manage");
    if (!isUuid(userId)) return NOT_FOUND;
    if (userId === admin.userId) return { code: "INVALID_INPUT", field: "userId", message: "U kunt uw eigen account niet uitschakelen." };
    const [column, id] = scopeOf(admin);
    return transact(this.db, async (manager) => {
      const [rows] = await manager.query<[AccountRow[], number]>(
        `UPDATE app_user SET active = false WHERE id = $1 AND ${column} = $2 AND kind = 'PERSON'
         RETURNING id, email, role, active, totp_enabled_at IS NOT NULL AS "secondFactor"`,
        [userId, id],
      );
      if (!rows[0]) return NOT_FOUND;
      await manager.query("DELETE FROM user_session WHERE user_id = $1", [userId]);
      await recordAudit(manager, admin, origin, { action: "account.deactivate", municipalityId: admin.municipalityId, objectType: "user", objectId: userId, result: "OK" });
      return rows[0];
    });
  }

  /**
   * A lost authenticator: the admin takes the account's second factor and recovery codes away,
   * with a reason for the audit trail, and ends its sessions; at the next login the person sets
   * up a new factor before anything else (AuthService: enrolmentOnly). Never the admin's own:
   * a stolen session could otherwise strip the factor that protects it.
   */
  async resetSecondFactor(actor: Actor | null, origin: Origin, input: { userId: string; reason: string }): Promise<AccountRow | Refusal> {
    const admin = assertCan(actor, "account.manage");
    const reason = input.reason.trim();
    if (!reason || reason.length > 500) return { code: "INVALID_INPUT", field: "reason", message: "Geef een reden op (ten hoogste 500 tekens): die komt in de audittrail." };
    if (!isUuid(input.userId)) return NOT_FOUND;
    if (input.userId === admin.userId) return { code: "INVALID_INPUT", field: "userId", message: "U kunt uw eigen tweede factor niet opnieuw laten instellen. Vraag dit aan een andere beheerder." };
    const [column, id] = scopeOf(admin);
    return transact(this.db, async (manager) => {
      const [rows] = await manager.query<[AccountRow[], number]>(
        `UPDATE app_user SET totp_secret_sealed = NULL, totp_pending_sealed = NULL, totp_enabled_at = NULL
          WHERE id = $1 AND ${column} = $2 AND kind = 'PERSON'
         RETURNING id, email, role, active, false AS "secondFactor"`,
        [input.userId, id],
      );
      if (!rows[0]) return NOT_FOUND;
      await manager.query("DELETE FROM recovery_code WHERE user_id = $1", [input.userId]);
      await manager.query("DELETE FROM user_session WHERE user_id = $1", [input.userId]);
      await recordAudit(manager, admin, origin, { action: "account.secondFactorReset", municipalityId: admin.municipalityId, objectType: "user", objectId: input.userId, result: "OK", reason });
      return rows[0];
    });
  }

  /** A new provider organisation with a contract with the admin's municipality, and its first admin. */
  async createProvider(actor: Actor | null, origin: Origin, input: { name: string; adminEmail: string }): Promise<{ providerId: string; admin: AccountRow; initialPassword: string } | Refusal> {
    const admin = assertCan(actor, "organisation.manage");
    const name = input.name.trim();
    if (!name || name.length > 200) return { code: "INVALID_INPUT", field: "name", message: "Vul de naam van de organisatie in (ten hoogste 200 tekens)." };
    return transact(this.db, async (manager) => {
      const [existing] = await manager.query<unknown[]>("SELECT 1 FROM provider WHERE lower(name) = lower($1)", [name]);
      if (existing) return { code: "INVALID_INPUT", field: "name", message: "Er is al een dienstverlener met deze naam." } satisfies Refusal;
      const providerId = randomUUID();
      // The first admin's domain becomes the organisation's, unless another organisation has it.
      const domain = input.adminEmail.trim().toLowerCase().split("@")[1] ?? "";
      const [claimed] = await manager.query<unknown[]>("SELECT 1 FROM provider WHERE $1 = ANY(email_domains) UNION ALL SELECT 1 FROM municipality WHERE $1 = ANY(email_domains)", [domain]);
      if (claimed) return { code: "INVALID_INPUT", field: "adminEmail", message: "Dit e-mailadres kan niet worden gebruikt: het domein hoort bij een andere organisatie." } satisfies Refusal;
      await manager.query("INSERT INTO provider (id, name, email_domains) VALUES ($1, $2, $3)", [providerId, name, [domain]]);
      await manager.query("INSERT INTO contract (municipality_id, id, provider_id, valid_from) VALUES ($1, $2, $3, $4)", [admin.municipalityId, randomUUID(), providerId, this.today()]);
      const first = await this.insertUser(manager, admin, origin, input.adminEmail, "PROVIDER_ADMIN", providerId, null);
      if ("code" in first) return first;
      await recordAudit(manager, admin, origin, { action: "organisation.create", municipalityId: admin.municipalityId, objectType: "provider", objectId: providerId, result: "OK" });
      return { providerId, admin: first.account, initialPassword: first.initialPassword };
    });
  }

  /** A contract between the admin's municipality and an existing provider. */
  async createContract(actor: Actor | null, origin: Origin, input: { providerId: string; validFrom: IsoDate; validTo: IsoDate | null }): Promise<string | Refusal> {
    const admin = assertCan(actor, "organisation.manage");
    if (input.validTo !== null && input.validTo < input.validFrom) return { code: "INVALID_INPUT", field: "validTo", message: "De einddatum ligt vóór de startdatum." };
    return transact(this.db, async (manager) => {
      const [provider] = isUuid(input.providerId) ? await manager.query<unknown[]>("SELECT 1 FROM provider WHERE id = $1", [input.providerId]) : [];
      if (!provider) return { code: "NOT_FOUND", field: "providerId", message: "Deze dienstverlener bestaat niet." } satisfies Refusal;
      const id = randomUUID();
      await manager.query("INSERT INTO contract (municipality_id, id, provider_id, valid_from, valid_to) VALUES ($1, $2, $3, $4, $5)", [admin.municipalityId, id, input.providerId, input.validFrom, input.validTo]);
      await recordAudit(manager, admin, origin, { action: "contract.create", municipalityId: admin.municipalityId, objectType: "contract", objectId: id, result: "OK" });
      return id;
    });
  }

  async apiTokens(actor: Actor | null): Promise<ApiTokenRow[]> {
    const admin = assertCan(actor, "apiToken.manage");
    return this.db.query<ApiTokenRow[]>(
      `SELECT id, name, created_at AS "createdAt", last_used_at AS "lastUsedAt", revoked_at AS "revokedAt"
         FROM api_token WHERE provider_id = $1 ORDER BY created_at DESC`,
      [admin.providerId],
    );
  }

  /** A token for a provider system, acting as an API client of the organisation; shown once. */
  async createApiToken(actor: Actor | null, origin: Origin, name: string): Promise<{ token: string; apiToken: ApiTokenRow } | Refusal> {
    const admin = assertCan(actor, "apiToken.manage");
    const label = name.trim();
    if (!label || label.length > 100) return { code: "INVALID_INPUT", field: "name", message: "Geef het token een naam (ten hoogste 100 tekens)." };
    return transact(this.db, async (manager) => {
      const clientId = randomUUID();
      await manager.query(
        `INSERT INTO app_user (id, email, password_hash, role, provider_id, kind) VALUES ($1, $2, $3, 'PROVIDER_EMPLOYEE', $4, 'API_CLIENT')`,
        [clientId, `api-${clientId}@tokens.invalid`, "!no-password", admin.providerId],
      );
      const token = `viv_${randomBytes(32).toString("base64url")}`;
      const [row] = await manager.query<ApiTokenRow[]>(
        `INSERT INTO api_token (id, provider_id, client_user_id, name, token_hash, created_by) VALUES ($1, $2, $3, $4, $5, $6)
         RETURNING id, name, created_at AS "createdAt", last_used_at AS "lastUsedAt", revoked_at AS "revokedAt"`,
        [randomUUID(), admin.providerId, clientId, label, tokenHash(token), admin.userId],
      );
      await recordAudit(manager, admin, origin, { action: "apiToken.create", municipalityId: null, objectType: "api_token", objectId: row.id, result: "OK" });
      return { token, apiToken: row };
    });
  }

  async revokeApiToken(actor: Actor | null, origin: Origin, id: string): Promise<ApiTokenRow | Refusal> {
    const admin = assertCan(actor, "apiToken.manage");
    const notFound: Refusal = { code: "NOT_FOUND", field: "id", message: "Dit token bestaat niet, of hoort niet bij uw organisatie." };
    if (!isUuid(id)) return notFound;
    return transact(this.db, async (manager) => {
      const [rows] = await manager.query<[ApiTokenRow[], number]>(
        `UPDATE api_token SET revoked_at = COALESCE(revoked_at, now()) WHERE id = $1 AND provider_id = $2
         RETURNING id, name, created_at AS "createdAt", last_used_at AS "lastUsedAt", revoked_at AS "revokedAt"`,
        [id, admin.providerId],
      );
      if (!rows[0]) return notFound;
      await recordAudit(manager, admin, origin, { action: "apiToken.revoke", municipalityId: null, objectType: "api_token", objectId: id, result: "OK" });
      return rows[0];
    });
  }

  private async insertUser(
    manager: EntityManager,
    admin: Actor,
    origin: Origin,
    email: string,
    role: Role,
    providerId: string | null,
    municipalityId: string | null,
  ): Promise<{ account: AccountRow; initialPassword: string } | Refusal> {
    const address = email.trim().toLowerCase();
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(address) || address.length > 200) return { code: "INVALID_INPUT", field: "email", message: "Vul een geldig e-mailadres in." };
    const outside = await outsideOwnDomains(manager, address, providerId, municipalityId);
    if (outside) return outside;
    const [taken] = await manager.query<unknown[]>("SELECT 1 FROM app_user WHERE lower(email) = $1", [address]);
    if (taken) return { code: "INVALID_INPUT", field: "email", message: "Er is al een account met dit e-mailadres." };
    const password = initialPassword();
    const id = randomUUID();
    await manager.query("INSERT INTO app_user (id, email, password_hash, role, provider_id, municipality_id) VALUES ($1, $2, $3, $4, $5, $6)", [
      id,
      address,
      await hashPassword(password),
      role,
      providerId,
      municipalityId,
    ]);
    await recordAudit(manager, admin, origin, { action: "account.create", municipalityId: admin.municipalityId, objectType: "user", objectId: id, result: "OK" });
    return { account: { id, email: address, role, active: true, secondFactor: false }, initialPassword: password };
  }
}

/**
 * An admin creates accounts only in the organisation's own e-mail domains: not in another
 * tenant's (which would also let the admin probe which addresses exist there).
 */
async function outsideOwnDomains(manager: EntityManager, address: string, providerId: string | null, municipalityId: string | null): Promise<Refusal | null> {
  const [org] = providerId
    ? await manager.query<Array<{ domains: string[] | null }>>("SELECT email_domains AS domains FROM provider WHERE id = $1", [providerId])
    : await manager.query<Array<{ domains: string[] | null }>>("SELECT email_domains AS domains FROM municipality WHERE id = $1", [municipalityId]);
  const domains = org?.domains ?? [];
  if (domains.includes(address.split("@")[1])) return null;
  return {
    code: "INVALID_INPUT",
    field: "email",
    message: `Maak alleen accounts aan met een e-mailadres van uw eigen organisatie (${domains.map((d) => `@${d}`).join(", ") || "geen domein vastgelegd"}).`,
  };
}

function scopeOf(actor: Actor): [string, string] {
  return actor.providerId ? ["provider_id", actor.providerId] : ["municipality_id", actor.municipalityId!];
}
