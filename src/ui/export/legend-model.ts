/** The legend the explorer shows (Legend.tsx), as text for an exported image. */
import type { TFunction } from 'i18next';
import type { ImageLegend, ImageLegendSection } from '../../export/image';
import { outputLabelKey } from '../../state/measure-catalogue';
import { SEQUENTIAL_STOPS, type Legend } from '../../state/styles';
import { formatMeasure } from '../AnalysisPanel';
import { formatNumber, legendLabel } from '../labels';

export function imageLegend(legend: Legend, t: TFunction, lang: string): ImageLegend {
  const count = (n: number) => formatNumber(n, lang);
  const sections: ImageLegendSection[] = [];
  if (legend.nodes.length > 0)
    sections.push({
      heading: `${t('legend.nodes')} · ${t(`colourBy.${legend.colourBy}`)}`,
      entries: legend.nodes.map((e) => ({
        shape: 'dot',
        color: e.color,
        label: legendLabel(t, legend.colourBy, e.value),
        count: count(e.count),
      })),
    });
  if (legend.edges.length > 0)
    sections.push({
      heading: t('legend.edges'),
      entries: legend.edges.map((e) => ({
        shape: 'line',
        color: e.color,
        label: t(`tie.${e.value}`),
        count: count(e.count),
      })),
    });
  const o = legend.overlay;
  if (o && (o.articulation || o.bridges || o.localBridges))
    sections.push({
      heading: t('analysis.highlight'),
      entries: [
        ...(o.articulation
          ? [
              {
                shape: 'ring' as const,
                color: o.articulation.color,
                label: t('legend.articulation'),
                count: count(o.articulation.count),
              },
            ]
          : []),
        ...(o.bridges
          ? [
              {
                shape: 'thick' as const,
                color: o.bridges.color,
                label: t('legend.bridges'),
                count: count(o.bridges.count),
              },
            ]
          : []),
        ...(o.localBridges
          ? [
              {
                shape: 'thick' as const,
                color: o.localBridges.color,
                label: t('legend.localBridges'),
                count: count(o.localBridges.count),
              },
            ]
          : []),
      ],
    });
  return {
    sections,
    scale: legend.scale
      ? {
          label: t('legend.colour', { measure: t(outputLabelKey(legend.scale.measure)) }),
          min: formatMeasure(legend.scale.min, lang),
          max: formatMeasure(legend.scale.max, lang),
          stops: SEQUENTIAL_STOPS,
        }
      : null,
    note: t('legend.size', {
      measure: t(outputLabelKey(legend.size.measure)),
      min: count(legend.size.min),
      max: count(legend.size.max),
    }),
  };
}
