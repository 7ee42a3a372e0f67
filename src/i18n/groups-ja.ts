/** Level of detail: actors drawn as groups (Japanese). */
export const groupsJa = {
  heading: 'まとめて表示',
  off: 'まとめない（主体ごと）',
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
