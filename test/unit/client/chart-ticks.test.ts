import { describe, expect, it } from "vitest";
import { hourTicks } from "../../../client/src/features/finance/ticks.js";

describe("the hours chart's axis", () => {
  it.each([
    [60, [0, 1]],
    [19 * 60, [0, 5, 10, 15, 20]],
    [26 * 60, [0, 10, 20, 30]],
    [49.5 * 60, [0, 10, 20, 30, 40, 50]],
    [130 * 60, [0, 50, 100, 150]],
  ])("counts %i minutes in round hours", (max, hours) => {
    const { top, ticks } = hourTicks(max);
    expect(ticks.map((t) => t / 60)).toEqual(hours);
    expect(top).toBe(ticks[ticks.length - 1]);
    expect(top).toBeGreaterThanOrEqual(max);
  });
});
