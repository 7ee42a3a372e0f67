/**
 * The URL form of a story: `?story=<base64url JSON>` (with `&step=N` to open at a step).
 * Compact keys, and each step's view state in the explorer's own query-string form, so a link
 * with three steps and captions stays a few kilobytes.
 */
import { parseStory, type Story } from './story';
import { viewStateFromParams, viewStateToParams } from './url-state';

interface CompactStep {
  i: string;
  t: Story['title'];
  c: Story['title'];
  q: string;
  h?: string;
  k?: [number, number, number, number];
}
interface CompactStory {
  t: Story['title'];
  th: Story['theme'];
  ls: number;
  s: CompactStep[];
}

const round = (v: number) => Math.round(v * 1e5) / 1e5;

function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

export function storyToParam(story: Story): string {
  const compact: CompactStory = {
    t: story.title,
    th: story.theme,
    ls: story.labelScale,
    s: story.steps.map((step) => {
      const h = step.highlights;
      const flags = `${h.bridges ? 'b' : ''}${h.articulation ? 'a' : ''}${h.weakOnly ? 'w' : ''}`;
      const c = step.camera;
      return {
        i: step.id,
        t: step.title,
        c: step.caption,
        q: viewStateToParams(step.view).toString(),
        ...(flags ? { h: flags } : {}),
        ...(c ? { k: [round(c.x), round(c.y), round(c.ratio), round(c.angle)] } : {}),
      };
    }),
  };
  return toBase64Url(JSON.stringify(compact));
}

/** Reads the URL form; anything malformed gives the empty story rather than an error. */
export function storyFromParam(param: string): Story {
  let compact: Partial<CompactStory>;
  try {
    compact = JSON.parse(fromBase64Url(param)) as Partial<CompactStory>;
  } catch {
    return parseStory({});
  }
  const steps = Array.isArray(compact.s) ? compact.s : [];
  return parseStory({
    title: compact.t,
    theme: compact.th,
    labelScale: compact.ls,
    steps: steps.map((s) => {
      const k = Array.isArray(s?.k) ? s.k : null;
      const h = typeof s?.h === 'string' ? s.h : '';
      return {
        id: s?.i,
        title: s?.t,
        caption: s?.c,
        view: viewStateFromParams(new URLSearchParams(typeof s?.q === 'string' ? s.q : '')),
        highlights: {
          bridges: h.includes('b'),
          articulation: h.includes('a'),
          weakOnly: h.includes('w'),
        },
        camera: k ? { x: k[0], y: k[1], ratio: k[2], angle: k[3] } : null,
      };
    }),
  });
}
