import type { DataSource } from "typeorm";
import { AppError } from "../../platform/errors.js";
import type { SecretBox } from "../../platform/secret-box.js";
import { transact } from "../../platform/transaction.js";
import type { Refusal } from "../../rules/types.js";
import type { Actor, Origin } from "../../platform/actor.js";
import { assertCan } from "../access/permissions.js";
import { recordAudit } from "../audit/audit.service.js";
import { tokenHash } from "./auth.service.js";
import { hashRecoveryCode, newRecoveryCodes, newTotpSecret, totpStep, totpUri } from "./second-factor.js";

/** Setting up the second factor: a secret to scan, then a code from the app to confirm it. */
export class EnrolmentService {
  constructor(
    private readonly db: DataSource,
    private readonly secrets: SecretBox,
  ) {}

  /** True when the account has a confirmed second factor. */
  async hasSecondFactor(userId: string): Promise<boolean> {
    const [row] = await this.db.query<Array<{ enabled: boolean }>>("SELECT totp_enabled_at IS NOT NULL AS enabled FROM app_user WHERE id = $1", [userId]);
    return row?.enabled === true;
  }

  async start(actor: Actor | null): Promise<{ secret: string; otpauthUri: string }> {
    const user = assertCan(actor, "account.secondFactor");
    // Replacing a confirmed factor from a session alone would let a stolen session take the
    // account over; until a replacement asks for the current code, it is refused.
    if (await this.hasSecondFactor(user.userId)) {
      throw new AppError("FORBIDDEN", "U heeft al een tweede factor. Nieuwe telefoon of app kwijt? Vraag uw beheerder om die opnieuw in te stellen.");
    }
    const secret = newTotpSecret();
    await this.db.query("UPDATE app_user SET totp_pending_sealed = $2 WHERE id = $1", [user.userId, this.secrets.seal(secret)]);
    return { secret, otpauthUri: totpUri(secret, user.email) };
  }

  /**
   * Confirms with a code from the app; answers the recovery codes, shown this once. Only the
   * session that entered the code becomes a full session (`sessionToken`; an API token has
   * none): every other enrolment-only session of the account was opened with the password
   * alone and ends, so an old session cannot skip the second factor.
   */
  async confirm(actor: Actor | null, origin: Origin, code: string, sessionToken: string | null): Promise<string[] | Refusal> {
    const user = assertCan(actor, "account.secondFactor");
    return transact(this.db, async (manager) => {
      const [row] = await manager.query<Array<{ pending: Buffer | null }>>("SELECT totp_pending_sealed AS pending FROM app_user WHERE id = $1 FOR UPDATE", [user.userId]);
      if (!row?.pending) return { code: "INVALID_INPUT", field: "code", message: "Start eerst het instellen van de tweede factor." } satisfies Refusal;
      const secret = this.secrets.open(row.pending);
      const step = totpStep(secret, code);
      if (step === null) return { code: "INVALID_INPUT", field: "code", message: "Deze code klopt niet. Vul de code in die uw app nu toont." } satisfies Refusal;
      const codes = newRecoveryCodes();
      await manager.query(
        "UPDATE app_user SET totp_secret_sealed = totp_pending_sealed, totp_pending_sealed = NULL, totp_enabled_at = now(), totp_last_step = $2 WHERE id = $1",
        [user.userId, step],
      );
      await manager.query("DELETE FROM recovery_code WHERE user_id = $1", [user.userId]);
      for (const c of codes) await manager.query("INSERT INTO recovery_code (user_id, code_hash) VALUES ($1, $2)", [user.userId, hashRecoveryCode(c)]);
      await manager.query("DELETE FROM user_session WHERE user_id = $1 AND enrolment_only AND token_hash IS DISTINCT FROM $2", [
        user.userId,
        sessionToken ? tokenHash(sessionToken) : null,
      ]);
      await manager.query("UPDATE user_session SET enrolment_only = false WHERE user_id = $1", [user.userId]);
      await recordAudit(manager, user, origin, { action: "account.secondFactor", municipalityId: user.municipalityId, objectType: "user", objectId: user.userId, result: "OK" });
      return codes;
    });
  }
}
