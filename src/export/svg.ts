/**
 * The network picture as SVG: ties as lines, actors as circles, labels as real `<text>` in a
 * Japanese-first font stack (so names stay text in Inkscape and Illustrator and can be
 * searched and edited), the legend and notes as text too, and the provenance as JSON in
 * `<metadata>`. Every text passes the XML escaper, so a name like `<script>` or `A & B` is
 * shown as written and characters XML cannot hold become U+FFFD.
 */
import { CJK_FONT_STACK, composeImage, type ImageModel, type Scene, type Shape } from './image';
import { xmlAttr, xmlText } from './xml';

/** Namespace of the provenance element inside `<metadata>`. */
export const PROVENANCE_NS = 'urn:x-cluster-network-explorer:provenance';

const n = (v: number) => String(Math.round(v * 100) / 100);

function shape(s: Shape, gradients: string[]): string {
  switch (s.type) {
    case 'rect':
      return `<rect x="${n(s.x)}" y="${n(s.y)}" width="${n(s.w)}" height="${n(s.h)}" fill="${xmlAttr(s.fill)}"/>`;
    case 'line':
      return `<line x1="${n(s.x1)}" y1="${n(s.y1)}" x2="${n(s.x2)}" y2="${n(s.y2)}" stroke="${xmlAttr(s.stroke)}" stroke-width="${n(s.width)}"/>`;
    case 'circle': {
      const stroke = s.stroke ? ` stroke="${xmlAttr(s.stroke)}" stroke-width="2"` : '';
      return `<circle cx="${n(s.cx)}" cy="${n(s.cy)}" r="${n(s.r)}" fill="${xmlAttr(s.fill)}"${stroke}/>`;
    }
    case 'polygon':
      return `<polygon points="${s.points.map(n).join(' ')}" fill="${xmlAttr(s.fill)}"/>`;
    case 'text': {
      // The halo is the text's own outline painted under its fill (paint-order), so the
      // name exists once in the file.
      const halo = s.halo
        ? ` stroke="${xmlAttr(s.halo)}" stroke-width="${n(Math.max(2, s.size / 4))}" stroke-linejoin="round" paint-order="stroke"`
        : '';
      const anchor = s.anchor === 'end' ? ' text-anchor="end"' : '';
      return `<text x="${n(s.x)}" y="${n(s.y)}" dominant-baseline="central" font-size="${n(s.size)}" font-weight="${xmlAttr(s.weight)}" fill="${xmlAttr(s.fill)}"${anchor}${halo}>${xmlText(s.text)}</text>`;
    }
    case 'gradient': {
      const id = `scale${gradients.length}`;
      const stops = s.stops
        .map(
          (c, i) =>
            `<stop offset="${n(s.stops.length > 1 ? i / (s.stops.length - 1) : 0)}" stop-color="${xmlAttr(c)}"/>`,
        )
        .join('');
      gradients.push(`<linearGradient id="${id}">${stops}</linearGradient>`);
      return `<rect x="${n(s.x)}" y="${n(s.y)}" width="${n(s.w)}" height="${n(s.h)}" fill="url(#${id})"/>`;
    }
  }
}

export function sceneToSvg(scene: Scene, meta: { title: string; provenance: unknown }): string {
  const gradients: string[] = [];
  const clips: string[] = [];
  const groups = scene.layers.map((layer) => {
    let clip = '';
    if (layer.clip) {
      const id = `clip-${layer.id}`;
      const c = layer.clip;
      clips.push(
        `<clipPath id="${id}"><rect x="${n(c.x)}" y="${n(c.y)}" width="${n(c.width)}" height="${n(c.height)}"/></clipPath>`,
      );
      clip = ` clip-path="url(#${id})"`;
    }
    const body = layer.shapes.map((s) => shape(s, gradients)).join('\n');
    return `<g class="${xmlAttr(layer.id)}"${clip}>\n${body}\n</g>`;
  });
  const { width, height } = scene;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${n(width)}" height="${n(height)}" viewBox="0 0 ${n(width)} ${n(height)}" font-family="${CJK_FONT_STACK}">`,
    `<title>${xmlText(meta.title)}</title>`,
    `<metadata><provenance xmlns="${PROVENANCE_NS}" type="application/json">${xmlText(JSON.stringify(meta.provenance))}</provenance></metadata>`,
    `<defs>${clips.join('')}${gradients.join('')}</defs>`,
    scene.background
      ? `<rect class="background" width="100%" height="100%" fill="${xmlAttr(scene.background)}"/>`
      : '',
    ...groups,
    '</svg>',
    '',
  ]
    .filter((line) => line !== '')
    .join('\n');
}

/** The picture as an SVG document; `title` names it (the image's own title, or a default). */
export function writeSvg(model: ImageModel, meta: { title: string; provenance: unknown }): string {
  return sceneToSvg(composeImage(model), meta);
}
