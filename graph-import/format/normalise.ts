/**
 * Cell normalisation. Ids, numbers and codes are NFKC-normalised (full-width digits and
 * letters are common in Japanese spreadsheets); names and notes are kept as written.
 */

export function nfkc(value: string): string {
  return value.normalize('NFKC').trim();
}

/** Trims only: a name is kept as its owner wrote it. */
export function asWritten(value: string): string {
  return value.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
}

/** Enum codes: width-, case- and separator-insensitive ("Joint Research" → joint_research). */
export function enumCode(value: string): string {
  return nfkc(value)
    .toLowerCase()
    .replace(/[\s\-・]+/g, '_');
}

/** Japanese names of the METI regional bureau blocks. */
export const BUREAU_ALIASES: Record<string, string> = {
  北海道: 'hokkaido',
  東北: 'tohoku',
  関東: 'kanto',
  中部: 'chubu',
  近畿: 'kinki',
  関西: 'kinki',
  中国: 'chugoku',
  四国: 'shikoku',
  九州: 'kyushu',
  沖縄: 'okinawa',
};

export function bureauCode(value: string): string {
  const code = enumCode(value).replace(/(経済産業局|経済産業部|総合事務局|局)$/, '');
  return BUREAU_ALIASES[code] ?? code;
}

const TRUE = new Set(['true', 'yes', 'y', '1', 'はい', '○', '〇', 't']);
const FALSE = new Set(['false', 'no', 'n', '0', 'いいえ', '×', 'f']);

export function parseBoolean(value: string): boolean | undefined {
  const v = nfkc(value).toLowerCase();
  if (TRUE.has(v)) return true;
  if (FALSE.has(v)) return false;
  return undefined;
}

/** Splits a ";"-separated list (full-width "；" becomes ";" under NFKC), dropping blanks and repeats. */
export function parseList(value: string): string[] {
  return [
    ...new Set(
      nfkc(value)
        .split(';')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
}
