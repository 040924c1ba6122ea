const BROKEN_OFF = "Het exporteren is halverwege afgebroken. Er is geen bestand opgeslagen, want het zou onvolledig zijn. Probeer het opnieuw.";

/**
 * Fetches an export with the session cookie and hands it to the browser as a download,
 * reporting the bytes received as they come (a long export shows that it is still going).
 * Resolves with the file name, rejects with a Dutch sentence; a download that broke off is never
 * handed over as a file.
 */
export async function downloadExport(url: string, onProgress: (bytes: number) => void): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: "same-origin" });
  } catch {
    throw new Error("De verbinding met de server is mislukt. Probeer het opnieuw.");
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { errors?: { message?: string }[] } | null;
    throw new Error(body?.errors?.[0]?.message ?? "Het exporteren is mislukt. Probeer het later opnieuw.");
  }
  const name = /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "")?.[1] ?? "export";
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let received = 0;
  const reader = response.body?.getReader();
  try {
    if (reader) {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        received += value.byteLength;
        onProgress(received);
      }
    }
  } catch {
    // The server cuts the connection when an export fails after its first bytes: never save half a file.
    throw new Error(BROKEN_OFF);
  }
  const expected = Number(response.headers.get("content-length") ?? NaN);
  if (Number.isFinite(expected) && received !== expected) throw new Error(BROKEN_OFF);
  const blob = new Blob(chunks, { type: response.headers.get("content-type") ?? "application/octet-stream" });
  const href = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = href;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
  return name;
}

/** The URL of the usage export with the report's filters. */
export function exportUrl(format: "csv" | "xlsx", filters: { municipalityCode: string; from: string; to: string; providerId: string; voorzieningCode: string }): string {
  const params = new URLSearchParams({ municipalityCode: filters.municipalityCode, from: filters.from, to: filters.to });
  if (filters.providerId) params.set("providerId", filters.providerId);
  if (filters.voorzieningCode) params.set("voorzieningCode", filters.voorzieningCode);
  return `/exports/usage.${format}?${params}`;
}
