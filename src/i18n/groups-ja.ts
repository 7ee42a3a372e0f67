/** Level of detail: actors drawn as groups (Japanese). */
export const groupsJa = {
  heading: 'まとめて表示',
  off: 'まとめない（主体ごと）',
  auto: '自動（{{limit}}主体を超えるとプロジェクトごと）',
  autoOn:
    '主体が{{count}}ある大きなネットワークなので、プロジェクトごとにまとめて表示しています。グループをクリックすると開きます。すべての主体を描くには「まとめない」を選んでください。',
  by: {
    project: 'プロジェクトごと',
    prefecture: '都道府県ごと',
    community: 'コミュニティごと',
  },
  noGroup: '所属なし',
  community: 'コミュニティ {{n}}',
  hint: 'グループをクリックすると、その主体が開きます。円の大きさは主体の数、線の太さはグループ間のつながりの数です。',
  closeAll: '開いたグループを閉じる（{{count}}）',
  summed: 'グループ間のつながり（本数の合計）',
};
