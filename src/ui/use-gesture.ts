/**
 * One undo step per gesture for sliders: a pointer press starts a gesture, every change until
 * the release joins it. Changes from the keyboard stay one step each.
 */
import { useRef } from 'react';
import { actions, type Gesture } from '../state/store';

export function useGesture() {
  const current = useRef<Gesture | null>(null);
  return {
    handlers: {
      onPointerDown: () => {
        current.current = actions.newGesture();
      },
      onPointerUp: () => {
        current.current = null;
      },
      onBlur: () => {
        current.current = null;
      },
    },
    /** The `record` argument for actions.update. */
    group: (): Gesture | true => current.current ?? true,
  };
}
