/**
 * Tie colours under a canvas theme. sigma blends colours as premultiplied, so lowering alpha
 * alone does not darken a tie on a dark canvas: the colour itself is scaled toward black. The
 * graph keeps the colours it exports; this only changes what is drawn.
 */
import type { CanvasTheme } from '../model/themes';
import { mixColour, parseColour } from './transition';

export class EdgeTheme {
  /** By colour: a few tie kinds and opacities, so a tiny cache serves 100k ties a frame. */
  private readonly cache = new Map<string, string>();
  private factor = 1;

  set(theme: CanvasTheme): void {
    this.factor = theme.edgeAlpha;
    this.cache.clear();
  }

  /** True when ties are drawn as they are (no per-tie work in the reducer). */
  get plain(): boolean {
    return this.factor === 1;
  }

  colour(colour: string | undefined): string | undefined {
    if (!colour || this.factor === 1) return colour;
    let out = this.cache.get(colour);
    if (out === undefined) {
      const [r, g, b, a] = parseColour(colour);
      const f = this.factor;
      out = mixColour([r, g, b, a], [r * f, g * f, b * f, a], 1);
      this.cache.set(colour, out);
    }
    return out;
  }
}
