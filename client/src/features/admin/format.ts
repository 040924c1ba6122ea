/** "2026-11-03T13:05:00Z" -> "3 november 2026 om 14:05", in the time of the Netherlands. */
export function formatDutchDateTime(iso: string): string {
  return new Intl.DateTimeFormat("nl-NL", { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Amsterdam" }).format(new Date(iso));
}
