/** The one sigma view on the page, for panels that move the camera (search, table). */
import type { SigmaView } from './sigma-view';

let current: SigmaView | null = null;
export const setCurrentView = (view: SigmaView | null) => {
  current = view;
};
export const currentView = () => current;
