import { beforeEach, describe, expect, it } from 'vitest';
import { parseSnapshot } from '../../../src/data/snapshot-file';
import { snapshotSource } from '../../../src/data/snapshot-source';
import { buildBaseGraph } from '../../../src/state/base-graph';
import { createSnapshot } from '../../../src/state/snapshot';
import { actions, explorerStore, viewState } from '../../../src/state/store';
import { EMPTY_STORY, moveStep, parseStory, type Story } from '../../../src/state/story';
import { storyActions } from '../../../src/state/story-actions';
import { storyFromParam, storyToParam } from '../../../src/state/story-url';
import { DEFAULT_VIEW_STATE } from '../../../src/state/view-state';
import { smallNetwork } from './fixtures';

const state = () => explorerStore.getState();

async function openSmall(story: Story = EMPTY_STORY) {
  await actions.open(
    {
      kind: 'snapshot',
      name: 'test',
      load: async (view) => ({
        ...smallNetwork(),
        attributes: { ...smallNetwork().attributes, view },
      }),
    },
    DEFAULT_VIEW_STATE,
    story,
  );
}

/** Three steps: the whole network; the knowledge view focused on U1 with bridges; by region in 2005. */
async function buildThreeSteps(): Promise<Story> {
  await openSmall();
  storyActions.add({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }, { ja: '全体', en: 'Everything' });
  actions.update((s) => ({
    ...s,
    view: 'knowledge',
    focus: { node: 'U1', depth: 1, layout: true },
  }));
  actions.setOverlay({ bridges: true });
  storyActions.add({ x: 0.4, y: 0.6, ratio: 0.5, angle: 0 }, { ja: '大学', en: 'The university' });
  storyActions.edit(state().activeStep!, {
    caption: { ja: '群馬大学を中心に', en: 'Around Gunma University' },
  });
  actions.update((s) => ({
    ...s,
    view: 'all',
    focus: null,
    colourBy: 'region',
    filters: { ...s.filters, years: [2001, 2005] },
  }));
  actions.setOverlay({ bridges: false });
  storyActions.add(null, { ja: '2005年', en: '2005' });
  return state().story;
}

describe('stories', () => {
  beforeEach(() => actions.close());

  it('saves the view, highlights and camera as steps, in order after the active one', async () => {
    const story = await buildThreeSteps();
    expect(story.steps.map((s) => s.title.en)).toEqual(['Everything', 'The university', '2005']);
    expect(story.steps[1]!.view.view).toBe('knowledge');
    expect(story.steps[1]!.view.focus).toEqual({ node: 'U1', depth: 1, layout: true });
    expect(story.steps[1]!.highlights.bridges).toBe(true);
    expect(story.steps[1]!.camera).toEqual({ x: 0.4, y: 0.6, ratio: 0.5, angle: 0 });
    expect(story.steps[2]!.view.filters.years).toEqual([2001, 2005]);
    expect(story.steps[2]!.view.colourBy).toBe('region');
  });

  it('shows a step as one undo step, with its highlights and a camera request', async () => {
    await buildThreeSteps();
    const past = state().history.past.length;
    storyActions.show(1);
    expect(viewState().view).toBe('knowledge');
    expect(state().overlay.bridges).toBe(true);
    expect(state().cameraRequest?.camera.ratio).toBe(0.5);
    expect(state().history.past.length).toBe(past + 1);
    storyActions.next();
    expect(viewState().colourBy).toBe('region');
    expect(state().overlay.bridges).toBe(false);
    storyActions.previous();
    expect(state().activeStep).toBe(state().story.steps[1]!.id);
    actions.undo();
    expect(viewState().colourBy).toBe('region');
  });

  it('reorders, duplicates, renames and deletes steps', async () => {
    await buildThreeSteps();
    const [a, b, c] = state().story.steps.map((s) => s.id);
    storyActions.move(c!, -2);
    expect(state().story.steps.map((s) => s.id)).toEqual([c, a, b]);
    storyActions.duplicate(a!);
    expect(state().story.steps).toHaveLength(4);
    expect(new Set(state().story.steps.map((s) => s.id)).size).toBe(4);
    const copy = state().activeStep!;
    storyActions.edit(copy, { title: { ja: '写し', en: 'Copy' } });
    expect(state().story.steps[2]!.title.en).toBe('Copy');
    expect(state().story.steps[1]!.title.en).toBe('Everything');
    storyActions.remove(copy);
    expect(state().story.steps.map((s) => s.id)).toEqual([c, a, b]);
    expect(moveStep(state().story.steps, 0, 99).map((s) => s.id)).toEqual([a, b, c]);
  });

  it('presents from a step and steps with next/previous within bounds', async () => {
    await buildThreeSteps();
    storyActions.present(0);
    expect(state().presenting).toBe(true);
    storyActions.previous();
    expect(state().activeStep).toBe(state().story.steps[0]!.id);
    storyActions.next();
    storyActions.next();
    storyActions.next();
    expect(state().activeStep).toBe(state().story.steps[2]!.id);
    storyActions.stopPresenting();
    expect(state().presenting).toBe(false);
  });

  it('round-trips through a snapshot file and through its URL form', async () => {
    const story = await buildThreeSteps();
    const graph = buildBaseGraph(smallNetwork(), false);
    const text = JSON.stringify(createSnapshot(graph, viewState(), '2026-01-01T00:00:00Z', story));
    const source = snapshotSource(parseSnapshot(text), 'story.json');
    expect(parseStory(source.story)).toEqual(story);
    const param = storyToParam(story);
    expect(param).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(storyFromParam(param)).toEqual(story);
  });

  it('keeps old snapshots readable and drops a broken step rather than the story', () => {
    const graph = buildBaseGraph(smallNetwork(), false);
    const old = createSnapshot(graph, DEFAULT_VIEW_STATE, '2026-01-01T00:00:00Z');
    expect('story' in old).toBe(false);
    expect(
      parseStory(snapshotSource(parseSnapshot(JSON.stringify(old)), 'old.json').story),
    ).toEqual(EMPTY_STORY);
    const story = parseStory({
      theme: 'nonsense',
      steps: [
        { id: 'a', title: { ja: 'あ' }, view: { view: 'knowledge', colourBy: 'bogus' } },
        { title: 'no id' },
        { id: 'a', view: {}, camera: { x: 'left' } },
      ],
    });
    expect(story.theme).toBe('projector');
    expect(story.steps.map((s) => s.id)).toEqual(['a', 'a-2']);
    expect(story.steps[0]!.title).toEqual({ ja: 'あ', en: '' });
    expect(story.steps[0]!.view.colourBy).toBe('kind');
    expect(story.steps[1]!.camera).toBeNull();
    expect(storyFromParam('%%%not-base64')).toEqual(EMPTY_STORY);
  });
});
