import { createHash, randomInt } from "node:crypto";
import { Secret, TOTP } from "otpauth";

const ISSUER = "VIV-portaal";

function totp(secret: string, label: string): TOTP {
  return new TOTP({ issuer: ISSUER, label, algorithm: "SHA1", digits: 6, period: 30, secret: Secret.fromBase32(secret) });
}

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The otpauth:// URI an authenticator app reads (as a QR code or typed in). */
export function totpUri(secret: string, email: string): string {
  return totp(secret, email).toString();
}

/**
 * The 30-second time step of the code when it is the current one or the one just before or
 * after (clock drift of one step), else null. A caller stores the step so that a code works once.
 */
export function totpStep(secret: string, code: string): number | null {
  const now = Date.now();
  // otpauth's validate() answers the step difference, or null: 0 is a valid code.
  const delta = totp(secret, "").validate({ token: code.replace(/\s/g, ""), window: 1, timestamp: now });
  return delta === null ? null : Math.floor(now / 1000 / 30) + delta;
}

/** The current code (or the one `offsetMs` from now), for tests and for nothing else. */
export function currentTotp(secret: string, offsetMs = 0): string {
  return totp(secret, "").generate({ timestamp: Date.now() + offsetMs });
}

const RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** Ten one-time codes like "K7QM-3XPA"; only their hashes are stored. */
export function newRecoveryCodes(count = 10): string[] {
  const part = () => Array.from({ length: 4 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]).join("");
  return Array.from({ length: count }, () => `${part()}-${part()}`);
}

export function isRecoveryCodeShape(code: string): boolean {
  return /^[A-Z2-9]{4}-[A-Z2-9]{4}$/.test(code.trim().toUpperCase());
}

export function hashRecoveryCode(code: string): Buffer {
  return createHash("sha256").update(code.trim().toUpperCase()).digest();
}
