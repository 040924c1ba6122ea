import { createHash, randomBytes, randomUUID } from "node:crypto";
import type { DataSource } from "typeorm";
import type { Role } from "../../../shared/roles.js";
import type { SecretBox } from "../../platform/secret-box.js";
import type { Refusal } from "../../rules/types.js";
import type { Actor, Origin } from "../../platform/actor.js";
import { recordAudit } from "../audit/audit.service.js";
import type { LoginLimiter } from "./login-limiter.js";
import { verifyPassword } from "./passwords.js";
import { hashRecoveryCode, isRecoveryCodeShape, verifyTotp } from "./second-factor.js";
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

export function tokenHash(token: string): Buffer {
  return createHash("sha256").update(token).digest();
}

interface LoginRow extends Omit<Actor, "enrolmentOnly"> {
  passwordHash: string;
  demo: boolean;
  totpSealed: Buffer | null;
}

const MAX_EMAIL_LENGTH = 200;

export class AuthService {
  constructor(
    private readonly db: DataSource,
    private readonly secrets: SecretBox,
    private readonly limiter: LoginLimiter,
  ) {}

  /**
   * Password, then (when the account has one) the second factor. The same refusal for an
   * unknown e-mail and a wrong password; failures count per account and per address.
   */
  async login(email: string, password: string, totp: string | null, origin: Origin): Promise<{ actor: Actor; token: string } | Refusal> {
    // No account has so long an address, and the limiter's keys (varchar 255, with a prefix)
    // could not hold it: the same answer as any unknown address.
    if (email.length > MAX_EMAIL_LENGTH) return INVALID_CREDENTIALS;
    const wait = await this.limiter.waitSeconds(email, origin.ip);
    if (wait > 0) {
      return {
        code: "TOO_MANY_ATTEMPTS",
        field: null,
        message: `Te veel mislukte pogingen. Probeer het over ${Math.ceil(wait / 60)} ${wait > 60 ? "minuten" : "minuut"} opnieuw.`,
      };
    }
    const [row]: LoginRow[] = await this.db.query(
      `SELECT a.*, u.password_hash AS "passwordHash", u.demo, u.totp_secret_sealed AS "totpSealed"
         FROM (${ACTOR_SQL}) a JOIN app_user u ON u.id = a."userId"
        WHERE lower(u.email) = lower($1) AND u.active AND u.kind = 'PERSON'`,
      [email.trim()],
    );
    if (!(await verifyPassword(row?.passwordHash ?? null, password))) return this.refuse(email, origin, row?.userId ?? null, INVALID_CREDENTIALS);

    if (row.totpSealed) {
      if (!totp?.trim()) return { code: "TOTP_REQUIRED", field: "totp", message: "Vul de code uit uw authenticator-app in, of een herstelcode." };
      if (!(await this.secondFactorHolds(row.userId, this.secrets.open(row.totpSealed), totp))) {
        return this.refuse(email, origin, row.userId, { code: "INVALID_CREDENTIALS", field: "totp", message: "Deze code klopt niet. Gebruik de code die uw app nu toont, of een herstelcode." });
      }
    }
    await this.limiter.succeeded(email);
    const { passwordHash: _p, demo, totpSealed, ...identity } = row;
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
      await recordAudit(manager, actor, origin, { action: "auth.login", municipalityId: actor.municipalityId, objectType: "user", objectId: actor.userId, result: "OK" });
    });
    return { actor, token };
  }

  /** The actor of a live session, or null when the token is unknown, idle too long or expired. */
  async actorForSession(token: string): Promise<Actor | null> {
    const [row] = await this.db.query(
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
    return actor as Actor;
  }

  /** The API client of a provider system's bearer token, or null when it is unknown or revoked. */
  async actorForApiToken(token: string): Promise<Actor | null> {
    // TypeORM answers an UPDATE ... RETURNING with [rows, affected].
    const [[row]] = await this.db.query(
      `UPDATE api_token t SET last_used_at = now()
         FROM (${ACTOR_SQL} WHERE u.active) a
        WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND a."userId" = t.client_user_id
        RETURNING a.*`,
      [tokenHash(token)],
    );
    return row ? ({ ...row, enrolmentOnly: false } as Actor) : null;
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
    if (verifyTotp(secret, code)) return true;
    if (!isRecoveryCodeShape(code)) return false;
    // A recovery code works once.
    const used = await this.db.query(
      "UPDATE recovery_code SET used_at = now() WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL RETURNING 1",
      [userId, hashRecoveryCode(code)],
    );
    return used[0].length > 0;
  }

  private async refuse(email: string, origin: Origin, userId: string | null, refusal: Refusal): Promise<Refusal> {
    await this.limiter.failed(email, origin.ip);
    await recordAudit(this.db.manager, null, origin, { action: "auth.login", municipalityId: null, objectType: "user", objectId: userId, result: "REFUSED" });
    return refusal;
  }
}
