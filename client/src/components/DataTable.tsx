import {
  Table,
  TableBody,
  TableCaption,
  TableFooter,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import type { ComponentProps, ReactNode } from "react";

/** A column heading: `numeric` aligns its figures right; `hidden` is read out but not shown (a column of buttons). */
export type Column = string | { label: string; numeric?: boolean; hidden?: boolean };

interface DataTableProps extends Omit<ComponentProps<typeof Table>, "children"> {
  columns: readonly Column[];
  caption?: ReactNode;
  /** The caption is read out but not shown: the page's heading already says what the table holds. */
  hiddenCaption?: boolean;
  /** The rows of the footer, such as a total. */
  footer?: ReactNode;
  /** The rows of the body. */
  children: ReactNode;
}

/** A table with one row of column headings that scrolls sideways on a narrow screen: every list in the portal. */
export function DataTable({ columns, caption, hiddenCaption, footer, children, ...table }: DataTableProps) {
  return (
    <div className="viv-table-scroll">
      <Table {...table}>
        {caption && <TableCaption className={hiddenCaption ? "viv-visually-hidden" : undefined}>{caption}</TableCaption>}
        <TableHeader>
          <TableRow>
            {columns.map((column) => {
              const { label, numeric, hidden } = typeof column === "string" ? { label: column } : column;
              return (
                <TableHeaderCell key={label} scope="col" className={numeric ? "viv-number" : undefined}>
                  {hidden ? <span className="viv-visually-hidden">{label}</span> : label}
                </TableHeaderCell>
              );
            })}
          </TableRow>
        </TableHeader>
        <TableBody>{children}</TableBody>
        {footer && <TableFooter>{footer}</TableFooter>}
      </Table>
    </div>
  );
}
