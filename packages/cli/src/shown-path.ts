import { isAbsolute, relative } from 'node:path'

/** A path as the user would type it: relative when under the working directory `cwd`. */
export function shownPath(cwd: string, path: string): string {
  const rel = relative(cwd, path)
  if (rel.length === 0) return '.'
  return !rel.startsWith('..') && !isAbsolute(rel) ? rel : path
}
