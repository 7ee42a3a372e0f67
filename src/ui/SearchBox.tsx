import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentView } from '../render/current-view';
import { KIND_COLOURS } from '../model/palette';
import { displayName } from '../model/display-name';
import { getSearchIndex } from '../state/derived';
import { searchActors } from '../state/search';
import { actions } from '../state/store';
import { useDerived, useExplorer } from './use-explorer';

/** Search by name, partial and forgiving of kana and width; Enter or click selects. */
export function SearchBox({ onPick }: { onPick?: (key: string) => void }) {
  const { t } = useTranslation();
  const derived = useDerived();
  const lang = useExplorer((s) => s.lang);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const results = useMemo(
    () => (derived && query ? searchActors(getSearchIndex(derived.graph), query, 12) : []),
    [derived, query],
  );

  const pick = (key: string) => {
    setQuery('');
    if (onPick) onPick(key);
    else {
      actions.select(key);
      currentView()?.focusNode(key);
    }
  };

  return (
    <div className="search" role="combobox" aria-expanded={results.length > 0} aria-owns={listId}>
      <input
        type="search"
        data-testid="search-input"
        value={query}
        placeholder={t('search.placeholder')}
        aria-label={t('search.placeholder')}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, results.length - 1));
          else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
          else if (e.key === 'Enter' && results[active]) pick(results[active].key);
          else if (e.key === 'Escape') setQuery('');
        }}
      />
      {query && (
        <ul className="search-results" id={listId} role="listbox" data-testid="search-results">
          {results.length === 0 && <li className="muted">{t('search.none')}</li>}
          {results.map((entry, i) => {
            const kind = derived!.graph.getNodeAttribute(entry.key, 'kind');
            const other = lang === 'en' ? entry.name : entry.nameEn;
            return (
              <li
                key={entry.key}
                role="option"
                aria-selected={i === active}
                className={i === active ? 'active' : ''}
                onMouseDown={(e) => {
                  e.preventDefault();
                  pick(entry.key);
                }}
              >
                <span className="dot" style={{ background: KIND_COLOURS[kind] }} />
                <span>{displayName(entry, lang)}</span>
                {other && <span className="muted small"> {other}</span>}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
