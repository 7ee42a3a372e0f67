/** The app version exports record (package.json's, bundled at build time). */
import { version } from '../../package.json';

export const APP_VERSION: string = version;
