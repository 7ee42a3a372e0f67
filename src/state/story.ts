/**
 * A story: a sequence of saved views (steps) with a title and a caption in Japanese and in
 * English, told at a forum from a snapshot file or a link. Each step holds the whole view state
 * (network, filters and years, focus, colour and size, selection), the analysis highlights and
 * the camera. Parsed with zod wherever it comes from (a snapshot, a URL, the store); a broken
 * step is dropped and a broken field falls back to its default, so an old or hand-edited file
 * still opens.
 */
import { z } from 'zod';
import { THEMES } from '../model/themes';
import { parseViewState, type ViewState } from './view-state';

const MAX_TEXT = 4000;
const MAX_STEPS = 200;

const text = z.string().max(MAX_TEXT).catch('');
export const BilingualSchema = z
  .object({ ja: text, en: text })
  .partial()
  .transform((t) => ({ ja: t.ja ?? '', en: t.en ?? '' }))
  .catch({ ja: '', en: '' });
export type Bilingual = z.infer<typeof BilingualSchema>;

/** sigma's camera state, in the coordinates of the picture it was saved on. */
export const CameraSchema = z
  .object({
    x: z.number().finite(),
    y: z.number().finite(),
    ratio: z.number().positive().finite(),
    angle: z.number().finite().catch(0),
  })
  .nullable()
  .catch(null);
export type Camera = NonNullable<z.infer<typeof CameraSchema>>;

/** The analysis highlights drawn over the network. */
export const HighlightsSchema = z
  .object({
    bridges: z.boolean().catch(false),
    articulation: z.boolean().catch(false),
    weakOnly: z.boolean().catch(false),
  })
  .partial()
  .transform((h) => ({
    bridges: h.bridges ?? false,
    articulation: h.articulation ?? false,
    weakOnly: h.weakOnly ?? false,
  }))
  .catch({ bridges: false, articulation: false, weakOnly: false });
export type Highlights = z.infer<typeof HighlightsSchema>;

const StepSchema = z.object({
  id: z.string().min(1).max(100),
  title: BilingualSchema,
  caption: BilingualSchema,
  view: z.unknown().transform((v): ViewState => parseViewState(v)),
  highlights: HighlightsSchema,
  camera: CameraSchema,
});
export type StoryStep = z.infer<typeof StepSchema>;

export const StorySchema = z
  .object({
    title: BilingualSchema,
    /** Theme and label enlargement while presenting. */
    theme: z.enum(THEMES).catch('projector'),
    labelScale: z.number().min(1).max(3).catch(1.6),
    steps: z
      .array(z.unknown())
      .catch([])
      .transform((steps) =>
        steps.slice(0, MAX_STEPS).flatMap((s) => {
          const parsed = StepSchema.safeParse(s);
          return parsed.success ? [parsed.data] : [];
        }),
      ),
  })
  .partial()
  .transform((s) => ({
    title: s.title ?? { ja: '', en: '' },
    theme: s.theme ?? 'projector',
    labelScale: s.labelScale ?? 1.6,
    steps: dedupeIds(s.steps ?? []),
  }));
export type Story = z.infer<typeof StorySchema>;

export const EMPTY_STORY: Story = StorySchema.parse({});

/** Parses a story from anything (a snapshot's field, a decoded URL); junk gives the empty story. */
export function parseStory(value: unknown): Story {
  const parsed = StorySchema.safeParse(typeof value === 'object' && value !== null ? value : {});
  return parsed.success ? parsed.data : EMPTY_STORY;
}

/** Step ids key the panel's list: a file with repeated ids gets fresh ones. */
function dedupeIds(steps: StoryStep[]): StoryStep[] {
  const seen = new Set<string>();
  return steps.map((step) => {
    let id = step.id;
    for (let n = 2; seen.has(id); n++) id = `${step.id}-${n}`;
    seen.add(id);
    return id === step.id ? step : { ...step, id };
  });
}

/** A fresh id not used by any step of the story. */
export function newStepId(story: Story): string {
  const used = new Set(story.steps.map((s) => s.id));
  let n = story.steps.length + 1;
  while (used.has(`step-${n}`)) n++;
  return `step-${n}`;
}

/** The text in the chosen language, else the other one. */
export const inLang = (text: Bilingual, lang: 'ja' | 'en') =>
  text[lang] || text[lang === 'ja' ? 'en' : 'ja'];

/** Moves the step at `from` to `to` (both clamped), keeping the others in order. */
export function moveStep(steps: readonly StoryStep[], from: number, to: number): StoryStep[] {
  const list = [...steps];
  const target = Math.max(0, Math.min(list.length - 1, to));
  const [step] = list.splice(from, 1);
  if (!step) return list;
  list.splice(target, 0, step);
  return list;
}
