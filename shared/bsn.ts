/**
 * Burgerservicenummer checks. The elfproef: 9 digits d1..d9 with
 * 9*d1 + 8*d2 + ... + 2*d8 - 1*d9 divisible by 11 (and not all zeros).
 */
export function isValidBsn(input: string): boolean {
  if (!/^\d{9}$/.test(input)) return false;
  if (input === "000000000") return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(input[i]) * (9 - i);
  sum -= Number(input[8]);
  return sum % 11 === 0;
}

/** Strips the spaces and dots people type between digit groups ("1234 56 782"). */
export function normaliseBsn(input: string): string {
  return input.replace(/[\s.]/g, "");
}

/** "123456782" -> "******782": enough for a provider to tell residents apart on screen. */
export function maskBsn(bsn: string): string {
  return `******${bsn.slice(-3)}`;
}
