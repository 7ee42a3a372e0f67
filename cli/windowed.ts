/** The network of a year window, with a warning when nothing in it carries years. */
import type { SerializedGraph } from 'graphology-types';
import {
  datedCounts,
  filterByYears,
  formatYearWindow,
  type YearWindow,
} from '../src/model/year-window';

export function windowed<T extends SerializedGraph>(
  network: T,
  years: YearWindow,
  warn: (message: string) => void,
): T {
  const dated = datedCounts(network);
  if (dated.ties === 0 && dated.participations === 0) {
    warn(
      `no tie or participation carries years; --years ${formatYearWindow(years)} keeps the whole network`,
    );
  }
  return filterByYears(network, years);
}
