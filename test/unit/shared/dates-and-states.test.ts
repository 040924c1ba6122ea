import { describe, expect, it } from "vitest";
import { formatDateField, formatDutchMonth, readDateField } from "../../../shared/dates.js";
import { canTakeHours, deploymentState, whyNoHours } from "../../../shared/deployment-state.js";

describe("the Dutch date field", () => {
  it.each([
    ["03-12-2026", "2026-12-03"],
    ["3-12-2026", "2026-12-03"],
    ["3/12/2026", "2026-12-03"],
    [" 2026-12-03 ", "2026-12-03"],
    ["01-11-2026", "2026-11-01"],
  ])("reads %j as %s", (text, date) => {
    expect(readDateField(text)).toEqual({ kind: "date", date });
  });

  it("tells an impossible date from text that is no date, and an empty field from both", () => {
    expect(readDateField("31-02-2026").kind).toBe("impossible");
    expect(readDateField("12/31/2026").kind).toBe("impossible");
    expect(readDateField("1-11").kind).toBe("unreadable");
    expect(readDateField("").kind).toBe("empty");
  });

  it("shows dates as dd-mm-jjjj and months in words", () => {
    expect(formatDateField("2026-12-03")).toBe("03-12-2026");
    expect(formatDutchMonth("2026-11")).toBe("november 2026");
  });
});

describe("the state of a deployment", () => {
  const today = "2026-12-03";
  const base = { startDate: "2026-01-05", endDate: null, approvalStatus: "NOT_REQUIRED", capMinutes: 3000, remainingMinutes: 100 };

  it.each([
    [{}, "RUNNING"],
    [{ approvalStatus: "PENDING" }, "PENDING_APPROVAL"],
    [{ approvalStatus: "DECLINED", endDate: "2026-02-01" }, "DECLINED"],
    [{ remainingMinutes: 0 }, "AT_CAP"],
    [{ capMinutes: null, remainingMinutes: null }, "RUNNING"],
    [{ endDate: "2026-12-02" }, "ENDED"],
    [{ endDate: "2026-12-03" }, "RUNNING"],
    [{ startDate: "2026-12-04" }, "PLANNED"],
  ])("%j is %s", (change, state) => {
    expect(deploymentState({ ...base, ...change }, today)).toBe(state);
  });

  it("lets hours be written only on a running deployment, and says why not on the others", () => {
    expect(canTakeHours("RUNNING")).toBe(true);
    expect(canTakeHours("PENDING_APPROVAL")).toBe(false);
    expect(whyNoHours("RUNNING", base)).toBeNull();
    expect(whyNoHours("PENDING_APPROVAL", base)).toMatch(/wacht op goedkeuring van de gemeente\. U kunt uren registreren zodra/);
  });
});
