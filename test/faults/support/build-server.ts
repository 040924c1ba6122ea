import { execFileSync } from "node:child_process";

/** The fault tests kill and start the built portal (`node dist/server/main.js`), as `npm start` does. */
export default function buildServer() {
  execFileSync("npm", ["run", "--silent", "build:server"], { stdio: "inherit" });
}
