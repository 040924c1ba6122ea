import { isValidBsn, normaliseBsn } from "../../shared/bsn.js";
import type { Refusal } from "./types.js";

/** Nine digits standing alone, also written in groups ("1234 56 782", "123.456.782"). */
const NINE_DIGITS = /(?<![\d])\d(?:[\s.]?\d){8}(?![\d])/g;

/**
 * Free text (a note, a reason) must not hold a BSN: it would sit there unencrypted, outside the
 * audit of reveals, and show up wherever the note does. Nine digits that pass the elfproef are
 * refused with a clear message, even though some of them will be another number: the provider
 * can write that number differently.
 */
export function checkNoBsnIn(field: string, label: string, text: string | null): Refusal | null {
  if (!text) return null;
  for (const match of text.match(NINE_DIGITS) ?? []) {
    if (isValidBsn(normaliseBsn(match))) {
      return {
        code: "INVALID_INPUT",
        field,
        message: `${label} lijkt een BSN te bevatten (negen cijfers die de elfproef halen). Zet geen BSN in vrije tekst: de inzet hoort al bij de inwoner. Is het een ander nummer, schrijf het dan anders.`,
      };
    }
  }
  return null;
}
