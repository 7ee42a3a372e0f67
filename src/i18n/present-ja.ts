/** Japanese strings for presenting: labels, stories, the presentation, time and screens. */
export const presentJa = {
  labels: {
    size: 'ラベルの大きさ（{{size}} px）',
  },
  story: {
    heading: 'ストーリー',
    open: 'ストーリー',
    add: '＋ 今の表示をステップに保存',
    present: '▶ 発表',
    theme: '発表のテーマ',
    labelScale: 'ラベル拡大',
    link: 'リンクをコピー',
    linkCopied: 'コピーしました',
    close: 'ストーリーを閉じる',
    empty:
      'ステップはまだありません。ネットワーク・フィルター・年・着目する主体・色分けを整えて「今の表示をステップに保存」を押します。',
    untitled: 'ステップ {{n}}',
    stepTitle: 'タイトル',
    caption: '説明',
    earlier: '前へ移動',
    later: '後ろへ移動',
    recapture: '今の表示で更新',
    duplicate: '複製',
    delete: '削除',
  },
  present: {
    navigation: '発表の操作',
    previous: '前のステップ',
    next: '次のステップ',
    fullscreen: '全画面表示',
    exit: '発表を終了',
  },
  screen: {
    heading: '画面',
    theme: 'テーマ',
    uiScale: '文字とボタンの大きさ',
    panels: 'パネル',
    themes: {
      light: '標準（明るい）',
      contrast: 'ハイコントラスト（暗い）',
      projector: 'プロジェクター（白・太字）',
    },
  },
};
