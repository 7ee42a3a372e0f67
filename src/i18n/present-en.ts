import type { Resource } from './ja';
import type { presentJa } from './present-ja';

/** English strings for presenting (the keys of present-ja.ts). */
export const presentEn: Pick<Resource, keyof typeof presentJa> = {
  labels: {
    size: 'Label size ({{size}} px)',
  },
  story: {
    heading: 'Story',
    open: 'Story',
    add: '+ Save this view as a step',
    present: '▶ Present',
    theme: 'Presentation theme',
    labelScale: 'Label enlargement',
    link: 'Copy link',
    linkCopied: 'Copied',
    close: 'Close the story',
    empty:
      'No steps yet. Set up the network, filters, year, focus and colours, then press "Save this view as a step".',
    untitled: 'Step {{n}}',
    stepTitle: 'Title',
    caption: 'Caption',
    earlier: 'Move earlier',
    later: 'Move later',
    recapture: 'Update from this view',
    duplicate: 'Duplicate',
    delete: 'Delete',
  },
  present: {
    navigation: 'Presentation controls',
    previous: 'Previous step',
    next: 'Next step',
    fullscreen: 'Full screen',
    exit: 'End the presentation',
  },
  screen: {
    heading: 'Screen',
    theme: 'Theme',
    uiScale: 'Text and control size',
    panels: 'Panels',
    themes: {
      light: 'Standard (light)',
      contrast: 'High contrast (dark)',
      projector: 'Projector (white, bold)',
    },
  },
  time: {
    heading: 'Change over the years',
    play: '▶ Play',
    pause: '❚❚ Pause',
    year: 'Year',
    allYears: 'All years',
    mode: 'Show',
    cumulative: 'Cumulative (up to the year)',
    window: 'Moving window',
    width: 'Window',
    yearCount: '{{n}} yr',
    speed: 'Speed',
    perSecond: '{{n}} yr/s',
    showAll: 'Show all years',
    actors: 'Actors',
    ties: 'Ties',
    crossCluster: 'Industrial–knowledge',
  },
};
