import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// Run from the repository root (`vite --config client/vite.config.ts`), so every path here is
// resolved from this file rather than from the working directory.
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

const api = "http://127.0.0.1:4000";

export default defineConfig({
  root: here("."),
  plugins: [react()],
  resolve: {
    alias: { "@shared": here("../shared") },
  },
  build: {
    outDir: here("dist"),
    emptyOutDir: true,
  },
  server: {
    proxy: {
      "/graphql": api,
      "/healthz": api,
    },
  },
});
