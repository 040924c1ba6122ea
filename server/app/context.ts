import type { IsoDate } from "../../shared/dates.js";
import type { Actor, Origin } from "../modules/access/actor.js";
import type { Loaders } from "./loaders.js";
import type { Services } from "./services.js";

/** What every resolver receives. Built per request in http.ts. */
export interface Context {
  actor: Actor | null;
  origin: Origin;
  services: Services;
  loaders: Loaders;
  /** Today in the Netherlands, fixed for the whole request. */
  today: IsoDate;
  session: {
    token: string | null;
    start(token: string): void;
    end(): void;
  };
}
