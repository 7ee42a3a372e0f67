import { useStore } from 'zustand';
import { derive, type Derived } from '../state/derived';
import { explorerStore, type ExplorerState } from '../state/store';
import { compareStore } from '../state/compare-store';

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
  // The Compare view draws its two sides (the last result, while a new one is computed).
  const outcome = useStore(compareStore, (s) => (s.graph && s.key ? s.outcome : null));
  const comparison =
    state.compare && state.compare.mode !== 'groups' && outcome?.kind === 'pair' ? outcome : null;
  return network
    ? derive(network, state, lang, { analysis, overlay, focusedTie, focusedFinding, comparison })
    : null;
}
