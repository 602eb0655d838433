/** One thing the diagnosis found: a headline and the lines that explain it. */
export interface Finding {
  readonly title: string
  readonly detail: readonly string[]
}
