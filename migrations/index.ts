import { Foundation1763892000000 } from "./1763892000000-Foundation.js";

/** Every migration, oldest first. Listed explicitly so that no glob decides what runs. */
export const migrations = [Foundation1763892000000];
