/** Japanese strings of the export menu and the graph-level panel (merged into ja.ts). */
export const exportsJa = {
  exporting: {
    button: 'エクスポート',
    heading: 'エクスポート',
    format: '形式',
    formats: {
      png: 'PNG 画像',
      svg: 'SVG 画像（ベクター）',
      gexf: 'GEXF 1.3（Gephi）',
      graphml: 'GraphML（networkx・igraph・R）',
      csv: 'CSV（主体とつながりの 2 ファイル＋来歴 JSON）',
      xlsx: 'Excel（主体・つながり・全体指標・来歴シート）',
    },
    scope: '対象',
    scopeShown: '画面に表示中のもの（主体 {{nodes}}・つながり {{edges}}）',
    scopeWhole: 'このネットワーク全体（主体 {{nodes}}・つながり {{edges}}）',
    scopeHelp:
      '表示中のもの：フィルタ・年・フォーカス・経路・強調をそのまま反映し、画像はカメラの表示範囲です。',
    measuresNote:
      '指標は書き出すネットワークで計算します（登録済みの全 {{count}} 指標、解析ワーカーで実行。計算済みのものは再利用）。',
    image: '画像',
    width: '幅（px）',
    height: '高さ（px）',
    scale: '解像度',
    scaleOption: '{{n}}倍',
    pixels: '{{width}} × {{height}} ピクセル',
    tooLarge: '一辺 {{max}} ピクセルまでです。大きさか解像度を下げてください。',
    background: '背景色',
    transparent: '透明',
    title: 'タイトル',
    subtitle: 'サブタイトル',
    legend: '凡例',
    syntheticNote: '合成データの注記',
    dataSource: 'データの出典',
    caption: '来歴（書き出し日時・フィルタ・設定）を画像に記載',
    run: 'エクスポート',
    cancel: '中止',
    close: '閉じる',
    computing: '指標を計算中… {{percent}}%',
    writing: 'ファイルを作成中…',
    done: '保存しました：{{files}}',
    failed: 'エクスポートに失敗しました：{{message}}',
    cancelled: '中止しました。',
    notes: {
      synthetic:
        '合成データ：主体とつながりは架空のサンプルで、実在の企業や取引を示すものではありません。',
      database: 'データ：Neo4j データベース（取込 {{id}}、{{date}}）',
      databaseNoImport: 'データ：Neo4j データベース',
      snapshot: 'データ：スナップショット {{name}}',
      caption:
        '{{date}} 書き出し · {{app}} {{version}} · {{view}}{{filters}} · 重み {{weight}}・経路 {{distance}}・媒介 {{betweenness}}・コミュニティ {{communities}}',
      filters: ' · フィルタ {{filters}}',
      communities: '{{algorithm}}（シード {{seed}}、解像度 {{resolution}}）',
    },
  },
  graphPanel: {
    heading: 'ネットワーク全体の指標',
    shown: '表示中の主体 {{nodes}}・つながり {{edges}} について',
    whole: 'このネットワーク全体について',
    compute: '計算する',
    computing: '計算中… {{percent}}%',
    cancel: '中止',
    failed: '計算できませんでした：{{message}}',
    settings:
      'コミュニティ：{{algorithm}}（シード {{seed}}、解像度 {{resolution}}）· 経路：{{distance}} · 媒介：{{betweenness}}',
    definitions: {
      modularity:
        'Newman のモジュラリティ Q = Σ_c [w_c/m − γ (K_c/2m)²]：コミュニティ内のつながりが偶然より多いほど大きい（−0.5〜1）。',
      communities:
        '検出したコミュニティの数（Louvain または Leiden、シードと解像度 γ は設定のとおり）。',
      density: '密度 2m / (n(n−1))：ありうる主体の組のうち、つながっている組の割合。',
      components:
        '連結成分の数：互いに経路でたどれる主体のまとまりの数（孤立した主体も 1 つと数える）。',
      averagePathLength:
        '平均最短経路長（ホップ数）：経路でつながる異なる主体の全順序対についての平均。別の成分にある対は除く。',
      degreeCentralization:
        'Freeman の次数中心化 Σ(max − deg_i) / ((n−1)(n−2))：スター型で 1、全員同じ次数で 0。',
      betweennessCentralization:
        'Freeman の媒介中心化 Σ(max − b_i) / (n−1)（b は正規化した媒介中心性）：スター型で 1、全員同じで 0。',
    },
  },
};
