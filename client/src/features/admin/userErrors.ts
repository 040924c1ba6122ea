interface UserErrorLike {
  field?: string | null;
  message: string;
}

/**
 * Sorts a payload's userErrors into messages for the form's own fields (by field name, with
 * or without the "input." prefix) and the rest, for the form's Alert.
 */
export function sortUserErrors<F extends string>(errors: readonly UserErrorLike[], fields: readonly F[]): { byField: Partial<Record<F, string>>; rest: string[] } {
  const byField: Partial<Record<F, string>> = {};
  const rest: string[] = [];
  for (const e of errors) {
    const field = e.field?.replace(/^input\./, "") as F | undefined;
    if (field && fields.includes(field)) byField[field] = [byField[field], e.message].filter(Boolean).join(" ");
    else rest.push(e.message);
  }
  return { byField, rest };
}
