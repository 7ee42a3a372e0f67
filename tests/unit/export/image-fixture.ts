/** A small picture model with hostile and Japanese names, for the image writers' tests. */
import type { ImageModel } from '../../../src/export';
import { HOSTILE } from './fixtures';

export const JAPANESE = '群馬大学（理工学部）';

export function imageModel(overrides: Partial<ImageModel> = {}): ImageModel {
  return {
    width: 800,
    height: 600,
    background: '#ffffff',
    ink: '#1f2933',
    frame: { x: 0, y: 0, width: 400, height: 300 },
    nodes: [
      { x: 100, y: 100, r: 8, color: '#0072B2' },
      { x: 300, y: 200, r: 5, color: '#D55E00' },
      { x: 200, y: 50, r: 4, color: '#009E73' },
      // Far outside the frame: left out of the picture.
      { x: 5000, y: 5000, r: 4, color: '#000000' },
    ],
    edges: [
      {
        x1: 100,
        y1: 100,
        x2: 300,
        y2: 200,
        width: 2,
        color: 'rgba(0,114,178,0.6)',
        arrow: false,
        targetR: 5,
      },
      { x1: 300, y1: 200, x2: 200, y2: 50, width: 1, color: '#999999', arrow: true, targetR: 4 },
    ],
    labels: [
      { text: JAPANESE, x: 110, y: 100, size: 12, leader: null },
      { text: HOSTILE.script, x: 310, y: 200, size: 12, leader: null },
      { text: HOSTILE.amp, x: 210, y: 30, size: 12, leader: { x1: 200, y1: 46, x2: 210, y2: 36 } },
      { text: HOSTILE.control, x: 20, y: 20, size: 12, leader: null },
    ],
    labelLook: { color: '#1f2933', halo: 'rgba(255,255,255,0.9)', weight: '500' },
    title: `クラスター網 ${HOSTILE.script}`,
    subtitle: 'Industrial & knowledge, 2001–2005',
    legend: {
      sections: [
        {
          heading: '主体 · 種類',
          entries: [
            { shape: 'dot', color: '#0072B2', label: '企業', count: '120' },
            { shape: 'dot', color: '#D55E00', label: HOSTILE.amp, count: '3' },
          ],
        },
        {
          heading: 'Ties',
          entries: [{ shape: 'line', color: '#999999', label: 'Joint research', count: '40' }],
        },
      ],
      scale: { label: 'Betweenness', min: '0', max: '0.31', stops: ['#c9d3df', '#b2182b'] },
      note: 'Size: degree (1–12)',
    },
    notes: ['合成データ（架空のサンプル）です。', 'Data: snapshot demo.json'],
    ...overrides,
  };
}
