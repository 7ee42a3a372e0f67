/** Header cells are matched case- and width-insensitively ("Name_EN", "ｎａｍｅ" → name_en, name). */
export function normaliseHeader(cell: string): string {
  return cell
    .normalize('NFKC')
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}
