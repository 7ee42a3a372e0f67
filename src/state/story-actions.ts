/**
 * Building and telling a story: save the current view as a step, edit, reorder, duplicate and
 * delete steps, show a step (its view becomes the present view, one undo step, and the canvas
 * animates to it), and the presentation itself. The camera comes from the canvas (the render
 * layer), so the actions that save one take it as an argument.
 */
import { actions, explorerStore, viewState, type ExplorerState } from './store';
import {
  moveStep,
  newStepId,
  type Bilingual,
  type Camera,
  type Story,
  type StoryStep,
} from './story';

const get = () => explorerStore.getState();
const set = (patch: Partial<ExplorerState>) => explorerStore.setState(patch);

const indexOf = (id: string | null) => get().story.steps.findIndex((s) => s.id === id);

function setSteps(steps: StoryStep[], patch: Partial<ExplorerState> = {}): void {
  set({ story: { ...get().story, steps }, ...patch });
}

/** The current view as a step: view state, analysis highlights, camera. */
function capture(camera: Camera | null): Pick<StoryStep, 'view' | 'highlights' | 'camera'> {
  const { bridges, articulation, weakOnly } = get().overlay;
  return { view: viewState(), highlights: { bridges, articulation, weakOnly }, camera };
}

export const storyActions = {
  toggle(): void {
    set({ storyOpen: !get().storyOpen });
  },

  /** Saves the current view as a new step after the active one (or at the end). */
  add(camera: Camera | null, title: Bilingual = { ja: '', en: '' }): string {
    const { story, activeStep } = get();
    const id = newStepId(story);
    const step: StoryStep = { id, title, caption: { ja: '', en: '' }, ...capture(camera) };
    const at = activeStep === null ? story.steps.length : indexOf(activeStep) + 1;
    const steps = [...story.steps];
    steps.splice(at, 0, step);
    setSteps(steps, { activeStep: id, storyOpen: true });
    return id;
  },

  /** Replaces a step's view, highlights and camera with the current ones. */
  recapture(id: string, camera: Camera | null): void {
    setSteps(get().story.steps.map((s) => (s.id === id ? { ...s, ...capture(camera) } : s)));
  },

  edit(id: string, patch: Partial<Pick<StoryStep, 'title' | 'caption'>>): void {
    setSteps(get().story.steps.map((s) => (s.id === id ? { ...s, ...patch } : s)));
  },

  duplicate(id: string): void {
    const { story } = get();
    const at = indexOf(id);
    if (at < 0) return;
    const copy = { ...story.steps[at]!, id: newStepId(story) };
    const steps = [...story.steps];
    steps.splice(at + 1, 0, copy);
    setSteps(steps, { activeStep: copy.id });
  },

  remove(id: string): void {
    const { story, activeStep } = get();
    const at = indexOf(id);
    if (at < 0) return;
    const steps = story.steps.filter((s) => s.id !== id);
    const next =
      activeStep === id ? (steps[Math.min(at, steps.length - 1)]?.id ?? null) : activeStep;
    setSteps(steps, { activeStep: next, presenting: get().presenting && steps.length > 0 });
  },

  /** Moves a step by `delta` places (−1 earlier, +1 later). */
  move(id: string, delta: number): void {
    const at = indexOf(id);
    if (at < 0) return;
    setSteps(moveStep(get().story.steps, at, at + delta));
  },

  setMeta(patch: Partial<Pick<Story, 'title' | 'theme' | 'labelScale'>>): void {
    set({ story: { ...get().story, ...patch } });
  },

  /** Shows a step: its view (one undo step), its highlights, then its camera. */
  show(index: number): void {
    const step = get().story.steps[index];
    if (!step) return;
    actions.update(() => step.view);
    actions.setOverlay(step.highlights);
    set({
      activeStep: step.id,
      cameraRequest: step.camera ? { camera: step.camera, view: step.view } : null,
      transition: get().transition + 1,
    });
  },

  next(): void {
    const at = indexOf(get().activeStep);
    if (at < get().story.steps.length - 1) storyActions.show(at + 1);
  },

  last(): void {
    storyActions.show(get().story.steps.length - 1);
  },

  previous(): void {
    const at = indexOf(get().activeStep);
    if (at > 0) storyActions.show(at - 1);
    else if (at < 0 && get().story.steps.length) storyActions.show(0);
  },

  /** Starts telling the story at `index` (default: the active step, else the first). */
  present(index?: number): void {
    const { story } = get();
    if (story.steps.length === 0) return;
    const start = index ?? Math.max(0, indexOf(get().activeStep));
    set({ presenting: true });
    storyActions.show(start);
  },

  stopPresenting(): void {
    set({ presenting: false });
  },

  /** The canvas applied (or gave up on) the requested camera. */
  cameraDone(): void {
    if (get().cameraRequest) set({ cameraRequest: null });
  },
};
