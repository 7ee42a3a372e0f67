import type { Resource } from './ja';
import type { exportsJa } from './exports-ja';

/** English strings of the export menu and the graph-level panel (the keys of exports-ja.ts). */
export const exportsEn: Pick<Resource, keyof typeof exportsJa> = {
  exporting: {
    button: 'Export',
    heading: 'Export',
    format: 'Format',
    formats: {
      png: 'PNG image',
      svg: 'SVG image (vector)',
      gexf: 'GEXF 1.3 (Gephi)',
      graphml: 'GraphML (networkx, igraph, R)',
      csv: 'CSV (actors and ties, two files + provenance JSON)',
      xlsx: 'Excel (actors, ties, graph and provenance sheets)',
    },
    scope: 'What to export',
    scopeShown: 'What is on screen ({{nodes}} actors, {{edges}} ties)',
    scopeWhole: 'The whole network of this view ({{nodes}} actors, {{edges}} ties)',
    scopeHelp:
      'On screen: filters, year window, focus, path and highlights as shown; an image shows the camera’s visible area.',
    measuresNote:
      'Measures are computed on the exported network (all {{count}} measures of the registry, in the analysis worker; those already computed are reused).',
    image: 'Image',
    width: 'Width (px)',
    height: 'Height (px)',
    scale: 'Resolution',
    scaleOption: '{{n}}×',
    pixels: '{{width}} × {{height}} pixels',
    tooLarge: 'at most {{max}} pixels a side: lower the size or the resolution.',
    background: 'Background',
    transparent: 'Transparent',
    title: 'Title',
    subtitle: 'Subtitle',
    legend: 'Legend',
    syntheticNote: 'Synthetic-data note',
    dataSource: 'Data source',
    caption: 'Provenance caption on the image (export date, filters, settings)',
    run: 'Export',
    cancel: 'Cancel',
    close: 'Close',
    computing: 'Computing measures… {{percent}}%',
    writing: 'Writing the file…',
    done: 'Saved: {{files}}',
    failed: 'Export failed: {{message}}',
    cancelled: 'Cancelled.',
    notes: {
      synthetic:
        'Synthetic data: the actors and ties are invented sample data, not real companies or transactions.',
      database: 'Data: Neo4j database (import {{id}}, {{date}})',
      databaseNoImport: 'Data: Neo4j database',
      snapshot: 'Data: snapshot {{name}}',
      caption:
        'Exported {{date}} · {{app}} {{version}} · {{view}}{{filters}} · weight {{weight}}, paths {{distance}}, betweenness {{betweenness}}, communities {{communities}}',
      filters: ' · filters {{filters}}',
      communities: '{{algorithm}} (seed {{seed}}, resolution {{resolution}})',
    },
  },
  graphPanel: {
    heading: 'Graph-level results',
    shown: 'For the {{nodes}} actors and {{edges}} ties on screen',
    whole: 'For the whole network of this view',
    compute: 'Compute',
    computing: 'Computing… {{percent}}%',
    cancel: 'Cancel',
    failed: 'Could not compute: {{message}}',
    settings:
      'Communities: {{algorithm}} (seed {{seed}}, resolution {{resolution}}) · paths: {{distance}} · betweenness: {{betweenness}}',
    definitions: {
      modularity:
        'Newman’s modularity Q = Σ_c [w_c/m − γ (K_c/2m)²]: higher when communities hold more ties than chance would (−0.5 to 1).',
      communities:
        'Number of communities detected (Louvain or Leiden, with the seed and resolution γ of the settings).',
      density: 'Density 2m / (n(n−1)): the share of possible pairs of actors that are tied.',
      components:
        'Connected components: groups of actors joined by paths (an isolated actor counts as one).',
      averagePathLength:
        'Average shortest path length in hops, over all ordered pairs of distinct actors joined by a path; pairs in different components are left out.',
      degreeCentralization:
        'Freeman’s degree centralization Σ(max − deg_i) / ((n−1)(n−2)): 1 for a star, 0 when all degrees are equal.',
      betweennessCentralization:
        'Freeman’s betweenness centralization Σ(max − b_i) / (n−1), b the normalised betweenness: 1 for a star, 0 when all are equal.',
    },
  },
};
