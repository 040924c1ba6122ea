import { hash, verify } from "@node-rs/argon2";

// argon2id with the library's defaults (OWASP's minimum or above): memory 19 MiB, 2 passes.
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

// Verified against this when the e-mail is unknown, so both failures take the same time.
const UNKNOWN_USER_HASH = "$argon2id$v=19$m=19456,t=2,p=1$8l0Tf/okVYHeLi72oPyUQQ$jQUisY2+tsD0Z8mMnJSbeDbAJu88PV3xKsBN7xAArSU";

export async function verifyPassword(storedHash: string | null, password: string): Promise<boolean> {
  try {
    return (await verify(storedHash ?? UNKNOWN_USER_HASH, password)) && storedHash !== null;
  } catch {
    return false;
  }
}
