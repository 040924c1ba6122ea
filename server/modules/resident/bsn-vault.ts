import { createHmac, randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { deriveKey, SecretBox } from "../../platform/secret-box.js";

/**
 * Keeps BSNs unreadable at rest: AES-256-GCM for the value, HMAC-SHA-256 (with a key
 * derived for that purpose) to find a resident by BSN without decrypting every row.
 */
export class BsnVault {
  private readonly box: SecretBox;
  private readonly hashKey: Buffer;
  private readonly referenceKey: Buffer;

  constructor(masterKey: Buffer) {
    this.referenceKey = deriveKey(masterKey, "resident:reference");
    // The purpose names predate SecretBox; they stay so that stored BSNs keep decrypting.
    this.box = new SecretBox(masterKey, "bsn");
    this.hashKey = deriveKey(masterKey, "bsn:lookup");
  }

  hash(bsn: string): Buffer {
    return createHmac("sha256", this.hashKey).update(bsn).digest();
  }

  /**
   * A pseudonymous reference for finance: the same resident always gets the same reference in
   * a municipality, and nobody without the key can turn it back into a BSN or a resident id.
   */
  reference(municipalityId: string, residentId: string): string {
    return `INW-${createHmac("sha256", this.referenceKey).update(`${municipalityId}:${residentId}`).digest("hex").slice(0, 16).toUpperCase()}`;
  }

  encrypt(bsn: string): Buffer {
    return this.box.seal(bsn);
  }

  decrypt(sealed: Buffer): string {
    return this.box.open(sealed);
  }
}

/**
 * The master key for BSNs and second-factor secrets comes from VIV_BSN_KEY (base64 of 32 bytes). Outside production a missing key is
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
