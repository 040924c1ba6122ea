// ESLint lives in tools/lint with the TypeScript 6 its type-aware rules need (tools/lint/package.json).
export { default } from "./tools/lint/eslint.config.mjs";
