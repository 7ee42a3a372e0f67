/**
 * The network as a static SVG for printed gap reports: positions, colours and sizes from
 * the exports' visuals (a snapshot's own, else a seeded ForceAtlas2 layout), actors coloured
 * by kind, single points of failure ringed in red and the ties between the two clusters drawn
 * thick and dark, with a legend of the kinds shown. Vector, so it prints sharp on A4.
 */
import type { SerializedGraph } from 'graphology-types';
import type { GapReport } from '../../analysis/gaps/types';
import { ACTOR_KINDS } from '../../model/domain';
import { KIND_COLOURS } from '../../model/palette';
import { edgeKeyOf } from '../network';
import { exportVisuals, type Rgba } from '../visual';
import { xmlAttr, xmlText } from '../xml';
import type { Labels } from './describe';

const WIDTH = 1000;
const HEIGHT = 700;
const MARGIN = 30;
const LEGEND = 260;
const HIGHLIGHT = '#c0392b';

const rgba = (c: Rgba) => `rgba(${c.r},${c.g},${c.b},${c.a})`;
const n1 = (x: number) => (Math.round(x * 10) / 10).toString();

export function graphSvg(network: SerializedGraph, report: GapReport, l: Labels): string {
  const visuals = exportVisuals(network);
  const points = [...visuals.nodes.values()];
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const [minX, maxX] = [Math.min(...xs, 0), Math.max(...xs, 1)];
  const [minY, maxY] = [Math.min(...ys, 0), Math.max(...ys, 1)];
  const scale = Math.min(
    (WIDTH - LEGEND - 2 * MARGIN) / (maxX - minX || 1),
    (HEIGHT - 2 * MARGIN) / (maxY - minY || 1),
  );
  const px = (x: number) => MARGIN + (x - minX) * scale;
  // SVG's y grows downwards; the layouts' grows upwards (as sigma draws it).
  const py = (y: number) => HEIGHT - MARGIN - (y - minY) * scale;

  const spof = new Set<string>();
  const crossing = new Set<string>();
  for (const f of report.findings) {
    if (f.rule === 'single-point-of-failure') for (const i of f.items) spof.add(i.actor);
    if (f.rule === 'cluster-link') for (const i of f.items) crossing.add(i.tie);
  }

  const lines: string[] = [];
  const strong: string[] = [];
  network.edges.forEach((e, i) => {
    const key = edgeKeyOf(e, i);
    const a = visuals.nodes.get(String(e.source));
    const b = visuals.nodes.get(String(e.target));
    const v = visuals.edges.get(key);
    if (!a || !b || !v) return;
    const coords = `x1="${n1(px(a.x))}" y1="${n1(py(a.y))}" x2="${n1(px(b.x))}" y2="${n1(py(b.y))}"`;
    if (crossing.has(key)) strong.push(`<line ${coords} stroke="#222" stroke-width="3"/>`);
    else
      lines.push(
        `<line ${coords} stroke="${rgba(v.color)}" stroke-width="${n1(Math.max(0.3, v.thickness * 0.6))}"/>`,
      );
  });
  const circles: string[] = [];
  const kinds = new Set<string>();
  for (const node of network.nodes) {
    const key = String(node.key);
    const v = visuals.nodes.get(key);
    if (!v) continue;
    const kind = String(node.attributes?.kind ?? '');
    kinds.add(kind);
    const colour = KIND_COLOURS[kind as keyof typeof KIND_COLOURS] ?? '#9e9e9e';
    const r = Math.max(2, v.size * 0.6);
    const ring = spof.has(key)
      ? ` stroke="${HIGHLIGHT}" stroke-width="2.5"`
      : ' stroke="#fff" stroke-width="0.5"';
    circles.push(
      `<circle cx="${n1(px(v.x))}" cy="${n1(py(v.y))}" r="${n1(r)}" fill="${colour}"${ring}><title>${xmlText(l.actor(key))}</title></circle>`,
    );
  }
  const legend = ACTOR_KINDS.filter((k) => kinds.has(k)).map(
    (k, i) =>
      `<g transform="translate(${WIDTH - LEGEND + 10},${MARGIN + i * 20})"><circle r="6" cx="6" cy="6" fill="${KIND_COLOURS[k]}"/><text x="18" y="10" font-size="11">${xmlText(l.t(`kind.${k}`))}</text></g>`,
  );
  const extra = ACTOR_KINDS.filter((k) => kinds.has(k)).length;
  legend.push(
    `<g transform="translate(${WIDTH - LEGEND + 10},${MARGIN + extra * 20 + 10})"><circle r="6" cx="6" cy="6" fill="#fff" stroke="${HIGHLIGHT}" stroke-width="2.5"/><text x="18" y="10" font-size="11">${xmlText(l.t('gaps.rules.single-point-of-failure.title'))}</text></g>`,
    `<g transform="translate(${WIDTH - LEGEND + 10},${MARGIN + extra * 20 + 30})"><line x1="0" y1="6" x2="12" y2="6" stroke="#222" stroke-width="3"/><text x="18" y="10" font-size="11">${xmlText(l.t('gaps.rules.cluster-link.title'))}</text></g>`,
  );
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="100%" role="img" aria-label="${xmlAttr(l.t('gaps.report.graph'))}" font-family="sans-serif">`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#fff"/>`,
    `<g class="ties">${lines.join('')}</g>`,
    `<g class="cluster-link">${strong.join('')}</g>`,
    `<g class="actors">${circles.join('')}</g>`,
    `<g class="legend">${legend.join('')}</g>`,
    '</svg>',
  ].join('\n');
}
