import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

export interface ReceivedMail {
  to: string[];
  raw: string;
  /** A header's value, unfolded. */
  header(name: string): string | undefined;
  /** The text body, quoted-printable decoded. */
  text: string;
}

/** A real SMTP server on a free local port that keeps every message it accepts. */
export async function startSmtpReceiver(): Promise<{ url: string; mails: ReceivedMail[]; stop(): Promise<void> }> {
  const mails: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        mails.push(parse(chunks, session.envelope.rcptTo.map((r) => r.address)));
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return { url: `smtp://127.0.0.1:${port}`, mails, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

function parse(chunks: Buffer[], to: string[]): ReceivedMail {
  const raw = Buffer.concat(chunks).toString("utf8");
  const split = raw.indexOf("\r\n\r\n");
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, " ");
  const body = raw.slice(split + 4);
  const quotedPrintable = /content-transfer-encoding:\s*quoted-printable/i.test(head);
  const text = quotedPrintable
    ? Buffer.from(body.replace(/=\r\n/g, "").replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))), "latin1").toString("utf8")
    : body;
  return {
    to,
    raw,
    text,
    header: (name) => new RegExp(`^${name}:\\s*(.*)$`, "im").exec(head)?.[1],
  };
}
