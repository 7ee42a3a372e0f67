import type { Resource } from './ja';
import type { presentJa } from './present-ja';

/** English strings for presenting (the keys of present-ja.ts). */
export const presentEn: Pick<Resource, keyof typeof presentJa> = {
  labels: {
    size: 'Label size ({{size}} px)',
  },
};
