import type { ReactNode } from "react";

export type Column<Row> = { header: string; cell: (row: Row) => ReactNode; className?: string };

/**
 * A table with a caption and column headers. Text wraps inside its cells; a table
 * still too wide for a phone scrolls inside its own focusable box, never the page.
 */
export function DataTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  captionHidden = false,
}: {
  caption: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  captionHidden?: boolean;
}) {
  return (
    <section className="overflow-x-auto rounded-card border border-line" aria-label={caption} tabIndex={0}>
      <table className="w-full border-collapse text-left">
        <caption className={captionHidden ? "sr-only" : "px-4 py-2 text-left font-semibold"}>{caption}</caption>
        <thead className="bg-surface-sunken text-sm">
          <tr>
            {columns.map((column) => (
              <th key={column.header} scope="col" className={`px-4 py-2 font-semibold ${column.className ?? ""}`}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)} className="border-t border-line align-top">
              {columns.map((column) => (
                <td key={column.header} className={`px-4 py-2 ${column.className ?? ""}`}>
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
