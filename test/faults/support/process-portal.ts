import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

const MAIN = path.resolve(import.meta.dirname, "../../../dist/server/main.js");

/** The built portal as its own process, exactly as `npm start` runs it, so that it can be killed for real. */
export interface PortalProcess {
  child: ChildProcess;
  /** Everything it printed, stdout and stderr together (its JSON log lines included). */
  output(): string;
  /** Resolves with the URL once it prints it; rejects with its output if it exits first. */
  ready: Promise<string>;
  exited: Promise<number | null>;
  kill(signal: NodeJS.Signals): Promise<number | null>;
}

export function startPortalProcess(env: Record<string, string>): PortalProcess {
  const child = spawn(process.execPath, [MAIN], {
    env: { PATH: process.env.PATH ?? "", PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "info", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let text = "";
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const ready = new Promise<string>((resolve, reject) => {
    const look = (chunk: Buffer) => {
      text += chunk.toString();
      const url = /draait op (http:\/\/\S+?)\/?\s/.exec(text)?.[1];
      if (url) resolve(url.replace("localhost", "127.0.0.1"));
    };
    child.stdout.on("data", look);
    child.stderr.on("data", look);
    void exited.then((code) => reject(new Error(`portal exited (${code}) before it was ready:\n${text}`)));
  });
  ready.catch(() => {});
  return {
    child,
    output: () => text,
    ready,
    exited,
    async kill(signal) {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

/** A BSN key shared by processes that must read each other's residents. */
export const sharedBsnKey = () => randomBytes(32).toString("base64");

/** Polls until `check` holds, for at most `ms`; returns whether it did. */
export async function eventually(check: () => boolean | Promise<boolean>, ms = 15_000): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; await sleep(100)) if (await check()) return true;
  return false;
}

export async function healthStatus(url: string): Promise<number> {
  try {
    return (await fetch(`${url}/healthz`)).status;
  } catch {
    return 0;
  }
}
