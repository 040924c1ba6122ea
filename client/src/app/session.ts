import type { Role } from "@shared/roles";
import { createContext, useContext } from "react";

/** Who is logged in, for screens that show or hide actions by role (the server still decides). */
export interface Session {
  role: Role;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error("useSession outside SessionContext");
  return session;
}
