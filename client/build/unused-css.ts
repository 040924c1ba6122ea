import { createHash } from "node:crypto";
import { PurgeCSS } from "purgecss";
import type { Plugin, Rolldown } from "vite";

/** Custom properties a script names (an inline style such as `var(--utrecht-space-block-md)`). */
const SCRIPT_VARIABLES = /--utrecht-[\w-]+/g;

/** Class names of the component library in a script, also prefixes such as "utrecht-status-badge--". */
const LIBRARY_CLASSES = /utrecht-[a-z0-9-]+/g;

/**
 * The NL Design System stylesheets hold ~120 components and ~3000 design tokens; the portal
 * uses a few dozen components. After bundling, the scripts (all chunks, the lazy ones too)
 * name exactly the components the portal renders: `utrecht-button`, and for a variant a
 * prefix like "utrecht-button--". This keeps every rule of such a component, with all its
 * variants (a variant class is often built at run time), drops the components no script
 * names, and then the custom properties no kept rule or script uses. The portal's own rules
 * (`viv-...`) and element selectors are kept as they are. A component added later is kept
 * automatically, because its class name is then in the bundle. The stylesheet gets a new
 * name from its new content: browsers keep hashed assets for a year (server/app/static.ts).
 */
export function dropUnusedCss(): Plugin {
  return {
    name: "viv:drop-unused-css",
    apply: "build",
    // After Vite has written index.html into the bundle, before the compression plugin.
    enforce: "post",
    async generateBundle(_options, bundle) {
      const scripts = Object.values(bundle).flatMap((file) => (file.type === "chunk" ? [file.code] : []));
      const html = Object.values(bundle).flatMap((file) => (file.type === "asset" && file.fileName.endsWith(".html") ? [asText(file.source)] : []));
      const text = [...scripts, ...html].join("\n");
      const components = new Set([...text.matchAll(LIBRARY_CLASSES)].map(([name]) => name.replace(/(--|__).*$/, "").replace(/-+$/, "")));
      const keepComponent = [...components].map((block) => new RegExp(`^${block}(--|__|$)`));

      // Only the stylesheets index.html links: the library's CSS is imported by main.tsx and so
      // lands there; a lazy screen's own stylesheet is named by scripts and must keep its name.
      const linked = new Set(html.flatMap((page) => [...page.matchAll(/<link rel="stylesheet"[^>]* href="\/([^"]+\.css)"/g)].map((m) => m[1])));
      for (const file of Object.values(bundle)) {
        if (file.type !== "asset" || !linked.has(file.fileName)) continue;
        const [result] = await new PurgeCSS().purge({
          content: [{ raw: text, extension: "js" }],
          css: [{ raw: asText(file.source) }],
          variables: true,
          keyframes: true,
          fontFace: true,
          safelist: {
            // Only the library's classes are judged; every other selector part is kept.
            standard: [/^(?!utrecht-)/, ...keepComponent],
            variables: [...new Set(text.match(SCRIPT_VARIABLES) ?? [])],
          },
        });
        this.emitFile({ type: "asset", fileName: rename(bundle, file.fileName, result.css), source: result.css });
      }
    },
    // Vite names lazy stylesheets in the scripts after this plugin ran: fail the build rather
    // than ship a script that asks for a stylesheet under a name it no longer has.
    writeBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        const content = file.type === "chunk" ? file.code : asText(file.source);
        for (const [name] of content.matchAll(/assets\/[\w.-]+\.css\b/g)) {
          if (!bundle[name]) throw new Error(`viv:drop-unused-css: ${file.fileName} names ${name}, which is not in the build`);
        }
      }
    },
  };
}

/** Takes a stylesheet out, points index.html at a name hashed from its final content, and returns that name. */
function rename(bundle: Rolldown.OutputBundle, oldName: string, css: string): string {
  const hash = createHash("sha256").update(css).digest("base64url").slice(0, 8);
  const newName = oldName.replace(/-[\w-]{8}\.css$/, `-${hash}.css`);
  if (newName === oldName) throw new Error(`viv:drop-unused-css: no hash in ${oldName}`);
  for (const other of Object.values(bundle)) {
    if (other.type === "chunk" && other.code.includes(oldName)) throw new Error(`viv:drop-unused-css: script ${other.fileName} names ${oldName}`);
    if (other.type === "asset" && other.fileName.endsWith(".html")) other.source = asText(other.source).replaceAll(oldName, newName);
  }
  delete bundle[oldName];
  return newName;
}

const asText = (source: string | Uint8Array): string => (typeof source === "string" ? source : new TextDecoder().decode(source));
