import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Table } from '../../export/gaps/tables';
import { currentView } from '../../render/current-view';
import { actions } from '../../state/store';

const ROWS_SHOWN = 30;

/** Every actor a row names: clicking one shows them all together and selects that one. */
const rowActors = (row: Table['rows'][number]) => [...new Set(row.flatMap((c) => c.actors ?? []))];

function show(row: Table['rows'][number], actor: string) {
  actions.showFinding(rowActors(row), actor);
  currentView()?.focusNode(actor);
}

/**
 * One table of a finding (the same model the printed and CLI reports use). Actor names are
 * buttons; long tables show their first rows until asked for all.
 */
export function GapTable({ table, testId }: { table: Table; testId?: string }) {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  if (table.rows.length === 0) return null;
  const rows = all ? table.rows : table.rows.slice(0, ROWS_SHOWN);
  const separator = t('gaps.separator');
  return (
    <div className="gap-table" data-testid={testId} data-table={table.id}>
      {table.title && <h4>{table.title}</h4>}
      <table>
        <thead>
          <tr>
            {table.columns.map((c, i) => (
              <th key={i} className={table.numeric[i] ? 'num' : ''}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={r} data-testid="gap-row">
              {row.map((cell, i) => (
                <td key={i} className={table.numeric[i] ? 'num' : ''}>
                  {cell.actors && cell.actors.length > 0 ? (
                    <ActorButtons cell={cell} separator={separator} row={row} />
                  ) : (
                    cell.text
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {table.rows.length > ROWS_SHOWN && (
        <button type="button" className="link" onClick={() => setAll(!all)}>
          {all ? t('gaps.fewer') : t('gaps.more', { count: table.rows.length - ROWS_SHOWN })}
        </button>
      )}
    </div>
  );
}

/** The actors of a cell as buttons, then any words after them. */
function ActorButtons({
  cell,
  separator,
  row,
}: {
  cell: Table['rows'][number][number];
  separator: string;
  row: Table['rows'][number];
}) {
  return (
    <>
      {cell.actors!.map((id, i) => (
        <span key={id}>
          {i > 0 && separator}
          <button
            type="button"
            className="actor-link"
            data-testid="gap-actor"
            data-actor={id}
            onClick={() => show(row, id)}
          >
            {cell.names?.[i] ?? id}
          </button>
        </span>
      ))}
      {cell.suffix}
    </>
  );
}
