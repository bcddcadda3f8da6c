/**
 * Uploads are stored under random names (people's file names stay out of storage paths), so a document chip
 * reads 附件2.pdf rather than a string of letters; a name someone chose is kept.
 */
export function fileChipName(name: string, index: number): string {
  const match = /^[0-9a-z]{12,24}\.([a-z0-9]+)$/.exec(name);
  return match ? `附件${index + 1}.${match[1]}` : name;
}
