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

/** One formatter per language: making one costs about 50 µs, and a filter change formats dozens. */
const numberFormats = new Map<string, Intl.NumberFormat>();

export function formatNumber(value: number, lang: string): string {
  let format = numberFormats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
    numberFormats.set(lang, format);
  }
  return format.format(value);
}
