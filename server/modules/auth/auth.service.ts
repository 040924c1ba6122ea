import { createHash, randomBytes, randomUUID } from "node:crypto";
import type { DataSource } from "typeorm";
import type { Refusal } from "../../rules/types.js";
import type { Actor, Origin } from "../access/actor.js";
import { recordAudit } from "../audit/audit.service.js";
import { verifyPassword } from "./passwords.js";
import { SessionEntity } from "./session.entity.js";

/** A session ends after this long without a request... */
export const SESSION_IDLE_MS = 60 * 60 * 1000;
/** ...and in any case this long after login. */
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;
/** last_seen_at is written at most this often, not on every request. */
const TOUCH_INTERVAL_MS = 60 * 1000;

const INVALID_CREDENTIALS: Refusal = {
  code: "INVALID_CREDENTIALS",
  field: null,
  message: "Dit e-mailadres en wachtwoord horen niet bij elkaar. Controleer ze en probeer het opnieuw.",
};

const ACTOR_SQL = `
  SELECT u.id AS "userId", u.email, u.role, u.provider_id AS "providerId", u.municipality_id AS "municipalityId",
         COALESCE(p.name, m.name) AS "organisationName"
    FROM app_user u
    LEFT JOIN provider p ON p.id = u.provider_id
    LEFT JOIN municipality m ON m.id = u.municipality_id`;

function tokenHash(token: string): Buffer {
  return createHash("sha256").update(token).digest();
}

export class AuthService {
  constructor(private readonly db: DataSource) {}

  /** The same refusal for an unknown e-mail and a wrong password. */
  async login(email: string, password: string, origin: Origin): Promise<{ actor: Actor; token: string } | Refusal> {
    const [row] = await this.db.query(`${ACTOR_SQL} WHERE lower(u.email) = lower($1)`, [email.trim()]);
    const [secret] = row ? await this.db.query("SELECT password_hash FROM app_user WHERE id = $1", [row.userId]) : [];
    const ok = await verifyPassword(secret?.password_hash ?? null, password);
    if (!row || !ok) {
      await recordAudit(this.db.manager, null, origin, {
        action: "auth.login",
        municipalityId: null,
        objectType: "user",
        objectId: row?.userId ?? null,
        result: "REFUSED",
      });
      return INVALID_CREDENTIALS;
    }
    const actor = row as Actor;
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
      });
      await recordAudit(manager, actor, origin, {
        action: "auth.login",
        municipalityId: actor.municipalityId,
        objectType: "user",
        objectId: actor.userId,
        result: "OK",
      });
    });
    return { actor, token };
  }

  /** The actor of a live session, or null when the token is unknown, idle too long or expired. */
  async actorForToken(token: string): Promise<Actor | null> {
    const [row] = await this.db.query(
      `SELECT s.id AS "sessionId", s.last_seen_at AS "lastSeenAt", a.*
         FROM user_session s
         JOIN (${ACTOR_SQL}) a ON a."userId" = s.user_id
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

  /** The actor of an account without a login, for work the portal does itself (the demo seed). */
  async actorByEmail(email: string): Promise<Actor | null> {
    const [row] = await this.db.query(`${ACTOR_SQL} WHERE lower(u.email) = lower($1)`, [email]);
    return (row as Actor | undefined) ?? null;
  }

  async logout(token: string): Promise<void> {
    await this.db.query("DELETE FROM user_session WHERE token_hash = $1", [tokenHash(token)]);
  }
}
