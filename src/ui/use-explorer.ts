import { useStore } from 'zustand';
import { derive, type Derived } from '../state/derived';
import { explorerStore, type ExplorerState } from '../state/store';

export const useExplorer = <T>(selector: (state: ExplorerState) => T): T =>
  useStore(explorerStore, selector);

/** The derived chain for the current state; memoised, so calling it in many components is cheap. */
export function useDerived(): Derived | null {
  const network = useExplorer((s) => s.network);
  const state = useExplorer((s) => s.history.present);
  const lang = useExplorer((s) => s.lang);
  const analysis = useExplorer((s) => s.analysis);
  const overlay = useExplorer((s) => s.overlay);
  const focusedTie = useExplorer((s) => s.focusedTie);
  const focusedFinding = useExplorer((s) => s.focusedFinding);
  return network
    ? derive(network, state, lang, { analysis, overlay, focusedTie, focusedFinding })
    : null;
}
