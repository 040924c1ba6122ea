import path from "node:path";
import express, { type RequestHandler, type Router } from "express";
import expressStaticGzip from "express-static-gzip";

/** Vite names every file under assets/ after a hash of its content: a new build gets new names. */
export const HASHED_ASSETS = "/assets/";

/** A file whose name changes with its content may be kept for a year without asking again. */
export const IMMUTABLE = "public, max-age=31536000, immutable";

/**
 * Everything else (index.html on every client route) is revalidated on each load, so that after
 * a release no browser keeps a page pointing at assets that no longer exist.
 */
export const REVALIDATE = "no-cache";

/**
 * The built portal: each file as the Brotli or gzip twin the build wrote next to it
 * (vite.config.ts) when the browser accepts it, with Content-Encoding and Vary; hashed assets
 * cached for a year, the page itself revalidated. Every client route (/uren, /inzetten/...)
 * answers the same index.html with the same headers as `/`; a missing asset is a 404, never
 * the page (a stale page's old script must fail, not be cached as HTML for a year).
 */
export function builtClient(clientDir: string): Router {
  const files = expressStaticGzip(clientDir, {
    enableBrotli: true,
    orderPreference: ["br", "gzip"],
    index: false,
    serveStatic: {
      index: false,
      redirect: false,
      cacheControl: false,
      setHeaders(res, file) {
        const hashed = path.relative(clientDir, file).startsWith(HASHED_ASSETS.slice(1));
        res.setHeader("Cache-Control", hashed ? IMMUTABLE : REVALIDATE);
      },
    },
  }) as RequestHandler;

  const router = express.Router();
  router.use(files);
  router.get(`${HASHED_ASSETS}{*file}`, (_req, res) => {
    res.status(404).type("text/plain; charset=utf-8").send("Dit bestand bestaat niet (meer). Laad de pagina opnieuw.");
  });
  router.get("/{*route}", (req, res, next) => {
    req.url = "/index.html";
    files(req, res, next);
  });
  return router;
}
