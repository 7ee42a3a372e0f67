/** Japanese strings for presenting: labels, stories, the presentation, time and screens. */
export const presentJa = {
  labels: {
    size: 'ラベルの大きさ（{{size}} px）',
  },
};
