import type { Request, Response } from "express";
import type { Actor } from "./actor.js";

/** A file download: answers the file, or throws an AppError / DownloadRefusal. */
export type DownloadHandler = (req: Request, res: Response, actor: Actor) => Promise<void>;

/** A download refused for what the request asked (400) or for an object the user cannot see (404). */
export class DownloadRefusal extends Error {
  constructor(
    readonly status: 400 | 404,
    message: string,
  ) {
    super(message);
  }
}
