// The colours live in src/model/palette.ts, below the exports that use them too.
export * from '../model/palette';
