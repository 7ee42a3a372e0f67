// The settings live in src/model/layout-settings.ts, below the exports that use them too.
export { fa2Settings } from '../model/layout-settings';
