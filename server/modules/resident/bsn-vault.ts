import { createCipheriv, createDecipheriv, createHmac, randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * Keeps BSNs unreadable at rest: AES-256-GCM for the value, HMAC-SHA-256 (with a key
 * derived for that purpose) to find a resident by BSN without decrypting every row.
 */
export class BsnVault {
  private readonly encryptionKey: Buffer;
  private readonly hashKey: Buffer;

  constructor(masterKey: Buffer) {
    if (masterKey.length !== 32) throw new Error("The BSN key must be 32 bytes");
    this.encryptionKey = createHmac("sha256", masterKey).update("viv:bsn:encrypt").digest();
    this.hashKey = createHmac("sha256", masterKey).update("viv:bsn:lookup").digest();
  }

  hash(bsn: string): Buffer {
    return createHmac("sha256", this.hashKey).update(bsn).digest();
  }

  encrypt(bsn: string): Buffer {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv("aes-256-gcm", this.encryptionKey, iv);
    const body = Buffer.concat([cipher.update(bsn, "utf8"), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), body]);
  }

  decrypt(sealed: Buffer): string {
    const iv = sealed.subarray(0, IV_BYTES);
    const tag = sealed.subarray(IV_BYTES, IV_BYTES + TAG_BYTES);
    const decipher = createDecipheriv("aes-256-gcm", this.encryptionKey, iv);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(sealed.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString("utf8");
  }
}

/**
 * The key comes from VIV_BSN_KEY (base64 of 32 bytes). Outside production a missing key is
 * generated once and kept, readable by the owner only, in the data folder.
 */
export async function loadBsnKey(options: { fromEnv: string | undefined; dataDir: string; production: boolean }): Promise<Buffer> {
  if (options.fromEnv) {
    const key = Buffer.from(options.fromEnv, "base64");
    if (key.length !== 32) throw new Error("VIV_BSN_KEY must be the base64 of 32 bytes");
    return key;
  }
  if (options.production) throw new Error("VIV_BSN_KEY is required in production");
  const file = path.join(options.dataDir, "bsn.key");
  if (existsSync(file)) return Buffer.from((await readFile(file, "utf8")).trim(), "base64");
  await mkdir(options.dataDir, { recursive: true });
  const key = randomBytes(32);
  await writeFile(file, key.toString("base64"), { mode: 0o600, flag: "wx" });
  return key;
}
