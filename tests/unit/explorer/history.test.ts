import { describe, expect, it } from 'vitest';
import * as history from '../../../src/state/history';
import { actions, explorerStore, viewState } from '../../../src/state/store';
import { smallNetwork } from './fixtures';

describe('one undo step per gesture', () => {
  it('coalesces the changes of one gesture and keeps gestures apart', () => {
    let h = history.startHistory(0);
    for (const v of [1, 2, 3, 4, 5, 6]) h = history.push(h, v, 7);
    expect(h.past).toEqual([0]);
    expect(h.present).toBe(6);
    h = history.push(h, 10, 8);
    h = history.push(h, 11, 8);
    h = history.push(h, 12);
    h = history.push(h, 13);
    expect(h.past).toEqual([0, 6, 11, 12]);
    h = history.undo(h);
    // After an undo the same gesture id starts a new step instead of rewriting the past.
    h = history.push(history.push(h, 20, 8), 21, 8);
    expect(h.past).toEqual([0, 6, 11, 12]);
    expect(h.present).toBe(21);
  });

  it('a slider drag through the store undoes in one step', async () => {
    await actions.open({
      kind: 'snapshot',
      name: 'test',
      load: async () => smallNetwork(),
    });
    const before = explorerStore.getState().history.past.length;
    const drag = actions.newGesture();
    for (const labelSize of [13, 14, 15, 16, 17, 18]) {
      actions.update((s) => ({ ...s, labelSize }), drag);
    }
    expect(explorerStore.getState().history.past.length).toBe(before + 1);
    expect(viewState().labelSize).toBe(18);
    actions.undo();
    expect(viewState().labelSize).toBe(12);
    actions.close();
  });
});
