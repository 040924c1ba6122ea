/**
 * Ticks a reader can count with: a step of 1, 2 or 5 times a power of ten hours, at most five
 * steps up to the top (never 6:00, 13:00, 19:00). Minutes in, minutes out.
 */
export function hourTicks(maxMinutes: number): { top: number; ticks: number[] } {
  const hours = maxMinutes / 60;
  const rough = hours / 5;
  const power = 10 ** Math.floor(Math.log10(Math.max(rough, 1)));
  const step = [1, 2, 5, 10].map((f) => f * power).find((s) => s >= rough) ?? 10 * power;
  const steps = Math.max(1, Math.ceil(hours / step));
  return { top: steps * step * 60, ticks: Array.from({ length: steps + 1 }, (_, i) => i * step * 60) };
}
