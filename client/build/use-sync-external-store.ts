// wouter imports useSyncExternalStore from the React 17 shim package; React 19 has it built in,
// so the shim's fallback implementation need not be shipped (client/vite.config.ts aliases it here).
export { useSyncExternalStore } from "react";
