/**
 * H5 only: the local dev server's same-origin address of a stored file, served under `name`, so the browser saves
 * 整改台账-20261203.xlsx rather than the storage path's random name.
 */
export function namedDownloadUrl(url: string, name: string): string {
  return `/api/storage/download?url=${encodeURIComponent(url)}&name=${encodeURIComponent(name)}`;
}
