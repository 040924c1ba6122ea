import type { IsoDate } from "../../shared/dates.js";
import type { Actor, Origin } from "./actor.js";

/**
 * The services and per-request loaders of the running portal. The composition root fills
 * these in by declaration merging (app/services.ts, app/loaders.ts), so that the platform
 * names no module while every resolver still sees them fully typed.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface RequestServices {}
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface RequestLoaders {}

/** What every resolver receives. Built per request in app/http.ts. */
export interface Context {
  actor: Actor | null;
  origin: Origin;
  services: RequestServices;
  loaders: RequestLoaders;
  /** Today in the Netherlands, fixed for the whole request. */
  today: IsoDate;
  session: {
    token: string | null;
    start(token: string): void;
    end(): void;
  };
}
