import { DataListItem, DataListKey, DataListValue } from "@utrecht/component-library-react";
import type { ReactNode } from "react";

/** One labelled fact in a DataList: "Status — Lopend", "Maximum — 50:00 uur per inzet." */
export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataListItem>
      <DataListKey>{label}</DataListKey>
      <DataListValue>{children}</DataListValue>
    </DataListItem>
  );
}
