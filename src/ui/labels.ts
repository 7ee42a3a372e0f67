/** Translations of domain codes, shared by the panels, legend and table. */
import type { TFunction } from 'i18next';
import type { Legend } from '../state/styles';
import { OTHER } from '../state/styles';

export function legendLabel(t: TFunction, colourBy: Legend['colourBy'], value: string): string {
  if (value === OTHER) return colourBy === 'region' ? t('bureau.other') : t('legend.other');
  switch (colourBy) {
    case 'kind':
      return t(`kind.${value}`);
    case 'sector':
      return t(`sector.${value}`);
    case 'cluster':
      return t(`cluster.${value}`);
    case 'region':
      return t(`bureau.${value}`);
    case 'community':
      return t('legend.community', { n: Number(value) + 1 });
    case 'prefecture':
      return value;
    case 'sizeClass':
      return t(`sizeClass.${value}`);
    case 'measure':
      return value;
  }
}

export const formatNumber = (value: number, lang: string) =>
  new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }).format(value);
