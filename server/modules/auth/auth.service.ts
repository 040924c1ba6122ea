import { createHash, randomBytes, randomUUID } from "node:crypto";
import type { DataSource } from "typeorm";
import type { Role } from "../../../shared/roles.js";
import type { SecretBox } from "../../platform/secret-box.js";
import type { Refusal } from "../../rules/types.js";
import type { Actor, Origin } from "../../platform/actor.js";
import { preparedQuery } from "../../platform/prepared.js";
import { recordAudit } from "../audit/audit.service.js";
import type { LoginLimiter } from "./login-limiter.js";
import { verifyPassword } from "./passwords.js";
import { hashRecoveryCode, isRecoveryCodeShape, totpStep } from "./second-factor.js";
import { SessionEntity } from "./session.entity.js";

/** A session ends after this long without a request... */
export const SESSION_IDLE_MS = 60 * 60 * 1000;
/** ...and in any case this long after login. */
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;
/** last_seen_at is written at most this often, not on every request. */
const TOUCH_INTERVAL_MS = 60 * 1000;

/** Roles that must use a second factor (outside the demo accounts). */
export const SECOND_FACTOR_ROLES: readonly Role[] = ["PROVIDER_ADMIN", "MUNICIPALITY_OFFICER", "FINANCE", "MUNICIPALITY_ADMIN"];

const INVALID_CREDENTIALS: Refusal = {
  code: "INVALID_CREDENTIALS",
  field: null,
  message: "Dit e-mailadres en wachtwoord horen niet bij elkaar. Controleer ze en probeer het opnieuw.",
};

export const ACTOR_SQL = `
  SELECT u.id AS "userId", u.email, u.role, u.provider_id AS "providerId", u.municipality_id AS "municipalityId",
         COALESCE(p.name, m.name) AS "organisationName"
    FROM app_user u
    LEFT JOIN provider p ON p.id = u.provider_id
    LEFT JOIN municipality m ON m.id = u.municipality_id`;

/** The actor's columns of ACTOR_SQL. */
type ActorRow = Pick<Actor, "userId" | "email" | "role" | "providerId" | "municipalityId" | "organisationName">;
/** A live session's row with its actor. */
type SessionRow = ActorRow & { sessionId: string; lastSeenAt: Date; enrolmentOnly: boolean };
/** A live API token's row with its client's actor. */
type TokenRow = ActorRow & { tokenId: string; lastUsedAt: Date | null };

/** SHA-256 of the client address: enough to recognise it again, not to read it back. */
function addressHash(ip: string | null): Buffer {
  return createHash("sha256").update(ip ?? "").digest();
}

function tooManyAttempts(seconds: number): Refusal {
  const minutes = Math.ceil(seconds / 60);
  return { code: "TOO_MANY_ATTEMPTS", field: null, message: `Te veel mislukte pogingen. Probeer het over ${minutes} ${minutes > 1 ? "minuten" : "minuut"} opnieuw.` };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function tokenHash(token: string): Buffer {
  return createHash("sha256").update(token).digest();
}

interface LoginRow extends Omit<Actor, "enrolmentOnly"> {
  passwordHash: string;
  demo: boolean;
  totpSealed: Buffer | null;
  knownAddress: boolean;
}

export class AuthService {
  constructor(
    private readonly db: DataSource,
    private readonly secrets: SecretBox,
    private readonly limiter: LoginLimiter,
    /** Production refuses demo accounts, even ones already in its database. */
    private readonly demoAllowed: boolean,
  ) {}

  /**
   * Password, then (when the account has one) the second factor. The same refusal for an
   * unknown e-mail and a wrong password. The attempt's limiter points are consumed before the
   * password is checked (login-limiter.ts); only a success gives them back.
   */
  async login(email: string, password: string, totp: string | null, origin: Origin): Promise<{ actor: Actor; token: string } | Refusal> {
    const [row]: LoginRow[] = await this.db.query(
      `SELECT a.*, u.password_hash AS "passwordHash", u.demo, u.totp_secret_sealed AS "totpSealed",
              EXISTS (SELECT 1 FROM login_known_address k WHERE k.user_id = u.id AND k.address_hash = $2) AS "knownAddress"
         FROM (${ACTOR_SQL}) a JOIN app_user u ON u.id = a."userId"
        WHERE lower(u.email) = lower($1) AND u.active AND u.kind = 'PERSON' AND (NOT u.demo OR $3)`,
      [email.trim(), addressHash(origin.ip), this.demoAllowed],
    );
    const admission = await this.limiter.admit(email, origin.ip, row?.knownAddress === true);
    if (!admission.allowed) return tooManyAttempts(admission.retryAfterSeconds);
    if (admission.delayMs > 0) await sleep(admission.delayMs);
    if (!(await verifyPassword(row?.passwordHash ?? null, password))) return this.refuse(origin, row?.userId ?? null, INVALID_CREDENTIALS);

    if (row.totpSealed) {
      if (!totp?.trim()) {
        // The password was right: this step of a two-step login costs no attempt.
        await this.limiter.succeeded(admission.ticket);
        return { code: "TOTP_REQUIRED", field: "totp", message: "Vul de code uit uw authenticator-app in, of een herstelcode." };
      }
      if (!(await this.secondFactorHolds(row.userId, this.secrets.open(row.totpSealed), totp))) {
        return this.refuse(origin, row.userId, {
          code: "INVALID_CREDENTIALS",
          field: "totp",
          message: "Deze code klopt niet of is al gebruikt. Gebruik de code die uw app nu toont, of een herstelcode.",
        });
      }
    }
    await this.limiter.succeeded(admission.ticket);
    const { passwordHash: _p, demo, totpSealed, knownAddress: _k, ...identity } = row;
    const actor: Actor = { ...identity, enrolmentOnly: !totpSealed && !demo && SECOND_FACTOR_ROLES.includes(row.role) };
    const token = randomBytes(32).toString("base64url");
    const now = Date.now();
    await this.db.transaction(async (manager) => {
      await manager.insert(SessionEntity, {
        id: randomUUID(),
        tokenHash: tokenHash(token),
        userId: actor.userId,
        createdAt: new Date(now),
        lastSeenAt: new Date(now),
        expiresAt: new Date(now + SESSION_ABSOLUTE_MS),
        enrolmentOnly: actor.enrolmentOnly,
      });
      await manager.query(
        `INSERT INTO login_known_address (user_id, address_hash) VALUES ($1, $2)
           ON CONFLICT (user_id, address_hash) DO UPDATE SET last_success_at = now()`,
        [actor.userId, addressHash(origin.ip)],
      );
      await recordAudit(manager, actor, origin, { action: "auth.login", municipalityId: actor.municipalityId, objectType: "user", objectId: actor.userId, result: "OK" });
    });
    return { actor, token };
  }

  /** The actor of a live session, or null when the token is unknown, idle too long or expired. */
  async actorForSession(token: string): Promise<Actor | null> {
    // Prepared (platform/prepared.ts): every request with a session cookie asks it.
    const [row] = await preparedQuery<SessionRow>(
      this.db.manager,
      "session",
      `SELECT s.id AS "sessionId", s.last_seen_at AS "lastSeenAt", s.enrolment_only AS "enrolmentOnly", a.*
         FROM user_session s
         JOIN (${ACTOR_SQL} WHERE u.active) a ON a."userId" = s.user_id
        WHERE s.token_hash = $1 AND s.expires_at > now() AND s.last_seen_at > now() - make_interval(secs => $2)`,
      [tokenHash(token), SESSION_IDLE_MS / 1000],
    );
    if (!row) return null;
    if (Date.now() - new Date(row.lastSeenAt).getTime() > TOUCH_INTERVAL_MS) {
      await this.db.query("UPDATE user_session SET last_seen_at = now() WHERE id = $1", [row.sessionId]);
    }
    const { sessionId: _s, lastSeenAt: _l, ...actor } = row;
    return actor;
  }

  /** The API client of a provider system's bearer token, or null when it is unknown or revoked. */
  async actorForApiToken(token: string): Promise<Actor | null> {
    // Prepared (platform/prepared.ts): every request with an API token asks it.
    const [row] = await preparedQuery<TokenRow>(
      this.db.manager,
      "api_token",
      `SELECT t.id AS "tokenId", t.last_used_at AS "lastUsedAt", a.*
         FROM api_token t JOIN (${ACTOR_SQL} WHERE u.active) a ON a."userId" = t.client_user_id
        WHERE t.token_hash = $1 AND t.revoked_at IS NULL
          -- A token ends with its creator: a deactivated admin's tokens stop working with them.
          AND EXISTS (SELECT 1 FROM app_user creator WHERE creator.id = t.created_by AND creator.active)`,
      [tokenHash(token)],
    );
    if (!row) return null;
    // At most once a minute per token, like a session's last_seen_at: a provider system sending
    // in parallel must not queue on this one row. The WHERE makes parallel requests write it once.
    if (row.lastUsedAt === null || Date.now() - new Date(row.lastUsedAt).getTime() > TOUCH_INTERVAL_MS) {
      await this.db.query(
        "UPDATE api_token SET last_used_at = now() WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < now() - make_interval(secs => $2))",
        [row.tokenId, TOUCH_INTERVAL_MS / 1000],
      );
    }
    const { tokenId: _t, lastUsedAt: _l, ...actor } = row;
    return { ...actor, enrolmentOnly: false, viaApiToken: true };
  }

  /** The actor of an account without a login, for work the portal does itself (the demo seed). */
  async actorByEmail(email: string): Promise<Actor | null> {
    const [row] = await this.db.query(`${ACTOR_SQL} WHERE lower(u.email) = lower($1)`, [email]);
    return row ? ({ ...row, enrolmentOnly: false } as Actor) : null;
  }

  /** Ends this session, or every session of its user. */
  async logout(token: string, everywhere: boolean): Promise<void> {
    if (everywhere) {
      await this.db.query("DELETE FROM user_session WHERE user_id = (SELECT user_id FROM user_session WHERE token_hash = $1)", [tokenHash(token)]);
    } else {
      await this.db.query("DELETE FROM user_session WHERE token_hash = $1", [tokenHash(token)]);
    }
  }

  private async secondFactorHolds(userId: string, secret: string, code: string): Promise<boolean> {
    const step = totpStep(secret, code);
    if (step !== null) {
      // A code works once: only a step later than the last one used is accepted.
      const [rows] = await this.db.query(
        "UPDATE app_user SET totp_last_step = $2 WHERE id = $1 AND (totp_last_step IS NULL OR totp_last_step < $2) RETURNING 1",
        [userId, step],
      );
      return rows.length > 0;
    }
    if (!isRecoveryCodeShape(code)) return false;
    // A recovery code works once.
    const used = await this.db.query(
      "UPDATE recovery_code SET used_at = now() WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL RETURNING 1",
      [userId, hashRecoveryCode(code)],
    );
    return used[0].length > 0;
  }

  private async refuse(origin: Origin, userId: string | null, refusal: Refusal): Promise<Refusal> {
    await recordAudit(this.db.manager, null, origin, { action: "auth.login", municipalityId: null, objectType: "user", objectId: userId, result: "REFUSED" });
    return refusal;
  }
}
