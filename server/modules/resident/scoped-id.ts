import { createHash } from "node:crypto";

/**
 * The resident's id as one provider sees it. Residents are shared by every provider of a
 * municipality; a shared id would let two providers learn that they serve the same person (and
 * so something of each other's care). A provider gets an id derived from its own id and the
 * resident's: stable for that provider, unrelated between providers (issue #17).
 */
export function scopedResidentId(providerId: string, residentId: string): string {
  const hex = createHash("sha256").update(`${providerId}:${residentId}`).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** The same derivation in SQL (hex without dashes), for finding a resident by its scoped id. */
export function scopedResidentIdSql(providerColumn: string, residentColumn: string): string {
  return `substr(encode(sha256(convert_to(${providerColumn}::text || ':' || ${residentColumn}::text, 'UTF8')), 'hex'), 1, 32)`;
}
