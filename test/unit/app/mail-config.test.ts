import { describe, expect, it } from "vitest";
import { readConfig } from "../../../server/app/config.js";

describe("mail settings in the environment", () => {
  it("sends no mail without SMTP_URL, and takes an smtp or smtps URL with a sender", () => {
    expect(readConfig({}).mail).toEqual({ smtpUrl: undefined, from: "VIV-portaal <noreply@localhost>", pollMs: 2000 });
    expect(readConfig({ SMTP_URL: "smtps://u:p@mail.example.nl:465", SMTP_FROM: "Gemeente <viv@example.nl>", VIV_MAIL_POLL_MS: "500" }).mail).toEqual({
      smtpUrl: "smtps://u:p@mail.example.nl:465",
      from: "Gemeente <viv@example.nl>",
      pollMs: 500,
    });
  });

  it("refuses a URL that is not SMTP, and SMTP in production without a sender", () => {
    expect(() => readConfig({ SMTP_URL: "https://mail.example.nl" })).toThrow("Invalid environment: SMTP_URL");
    expect(() => readConfig({ NODE_ENV: "production", SMTP_URL: "smtp://mail.example.nl" })).toThrow("Invalid environment: SMTP_FROM");
  });
});
