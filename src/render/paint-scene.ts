/**
 * Paints an image scene (src/export/image.ts) on a 2D canvas: the PNG export draws the very
 * shapes the SVG writer writes, at 1–4 device pixels per CSS pixel.
 */
import type { Scene, Shape } from '../export/image';
import { LABEL_FONT } from './sigma-view';

function paint(ctx: CanvasRenderingContext2D, s: Shape): void {
  switch (s.type) {
    case 'rect':
      ctx.fillStyle = s.fill;
      ctx.fillRect(s.x, s.y, s.w, s.h);
      return;
    case 'line':
      ctx.strokeStyle = s.stroke;
      ctx.lineWidth = s.width;
      ctx.beginPath();
      ctx.moveTo(s.x1, s.y1);
      ctx.lineTo(s.x2, s.y2);
      ctx.stroke();
      return;
    case 'circle':
      ctx.beginPath();
      ctx.arc(s.cx, s.cy, s.r, 0, 2 * Math.PI);
      if (s.fill !== 'none') {
        ctx.fillStyle = s.fill;
        ctx.fill();
      }
      if (s.stroke) {
        ctx.strokeStyle = s.stroke;
        ctx.lineWidth = 2;
        ctx.stroke();
      }
      return;
    case 'polygon':
      ctx.fillStyle = s.fill;
      ctx.beginPath();
      for (let i = 0; i < s.points.length; i += 2) {
        if (i === 0) ctx.moveTo(s.points[i]!, s.points[i + 1]!);
        else ctx.lineTo(s.points[i]!, s.points[i + 1]!);
      }
      ctx.closePath();
      ctx.fill();
      return;
    case 'text':
      ctx.font = `${s.weight} ${s.size}px ${LABEL_FONT}`;
      ctx.textAlign = s.anchor === 'end' ? 'right' : 'left';
      ctx.textBaseline = 'middle';
      if (s.halo) {
        ctx.strokeStyle = s.halo;
        ctx.lineJoin = 'round';
        ctx.lineWidth = Math.max(2, s.size / 4);
        ctx.strokeText(s.text, s.x, s.y);
      }
      ctx.fillStyle = s.fill;
      ctx.fillText(s.text, s.x, s.y);
      return;
    case 'gradient': {
      const g = ctx.createLinearGradient(s.x, 0, s.x + s.w, 0);
      s.stops.forEach((c, i) =>
        g.addColorStop(s.stops.length > 1 ? i / (s.stops.length - 1) : 0, c),
      );
      ctx.fillStyle = g;
      ctx.fillRect(s.x, s.y, s.w, s.h);
    }
  }
}

export function paintScene(canvas: HTMLCanvasElement, scene: Scene, scale: number): void {
  canvas.width = Math.round(scene.width * scale);
  canvas.height = Math.round(scene.height * scale);
  const ctx = canvas.getContext('2d')!;
  ctx.setTransform(scale, 0, 0, scale, 0, 0);
  if (scene.background) {
    ctx.fillStyle = scene.background;
    ctx.fillRect(0, 0, scene.width, scene.height);
  }
  ctx.lineCap = 'round';
  for (const layer of scene.layers) {
    ctx.save();
    if (layer.clip) {
      ctx.beginPath();
      ctx.rect(layer.clip.x, layer.clip.y, layer.clip.width, layer.clip.height);
      ctx.clip();
    }
    for (const s of layer.shapes) paint(ctx, s);
    ctx.restore();
  }
}

/** The scene as PNG bytes. */
export async function sceneToPng(scene: Scene, scale: number): Promise<Uint8Array> {
  const canvas = document.createElement('canvas');
  paintScene(canvas, scene, scale);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('the browser could not encode the PNG (image too large?)');
  return new Uint8Array(await blob.arrayBuffer());
}
