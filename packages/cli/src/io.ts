/** A stream the tool writes to: `process.stdout` or a test double. */
export interface OutputStream {
  write(text: string): unknown
  readonly isTTY?: boolean
}

/** A stream the tool reads a body from: `process.stdin` or a test double. */
export interface InputStream extends AsyncIterable<Buffer | string> {
  readonly isTTY?: boolean
}

/** Everything the tool touches outside itself, so commands run the same in a test as in a shell. */
export interface CliIo {
  readonly stdout: OutputStream
  readonly stderr: OutputStream
  readonly stdin: InputStream
  readonly env: { readonly [name: string]: string | undefined }
  /** The directory relative paths are resolved against. */
  readonly cwd: string
  /**
   * Calls `listener` once when the user asks the tool to stop (SIGINT, SIGTERM); returns a
   * function that removes it. Long-running commands (`simulate`) use it to shut down cleanly:
   * they register it before printing anything a caller may act on, and remove it only once shut
   * down, so that no stop signal meets the default action, which kills the process.
   */
  onStop(listener: () => void): () => void
}

const CODES = { bold: [1, 22], dim: [2, 22], red: [31, 39], green: [32, 39], yellow: [33, 39], cyan: [36, 39] } as const

/** A style applied to text: ANSI colours on a terminal, the text unchanged elsewhere. */
export type Paint = (text: string) => string

/** Writes lines to one stream, with colour only when that stream is a terminal. */
export class Printer {
  readonly bold: Paint
  readonly dim: Paint
  readonly red: Paint
  readonly green: Paint
  readonly yellow: Paint
  readonly cyan: Paint

  constructor(
    private readonly stream: OutputStream,
    readonly colour: boolean,
  ) {
    const paint =
      (name: keyof typeof CODES): Paint =>
      (text) =>
        colour ? `\u001b[${CODES[name][0]}m${text}\u001b[${CODES[name][1]}m` : text
    this.bold = paint('bold')
    this.dim = paint('dim')
    this.red = paint('red')
    this.green = paint('green')
    this.yellow = paint('yellow')
    this.cyan = paint('cyan')
  }

  /** Writes `text` and a newline. */
  line(text = ''): void {
    this.stream.write(`${text}\n`)
  }
}

/** FORCE_COLOR values that turn colour on, as Node reads them; any other value turns it off. */
const FORCE_ON = new Set(['', '1', '2', '3', 'true'])

/**
 * Whether to colour `stream`. FORCE_COLOR decides when set, as in Node itself: `1`, `2`, `3`,
 * `true` or empty turn colour on (also off a terminal, and over NO_COLOR), any other value such
 * as `0` turns it off. Otherwise colour only on a terminal, never when `NO_COLOR` is set to
 * anything but the empty string (no-color.org), and never on a `dumb` terminal.
 */
export function wantsColour(stream: OutputStream, env: CliIo['env']): boolean {
  const force = env.FORCE_COLOR
  if (force !== undefined) return FORCE_ON.has(force.trim().toLowerCase())
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false
  if (env.TERM === 'dumb') return false
  return stream.isTTY === true
}

/** The printers of a run: `out` for results (stdout), `err` for diagnostics and errors (stderr). */
export interface Printers {
  readonly out: Printer
  readonly err: Printer
}

export function printersFor(io: CliIo): Printers {
  return {
    out: new Printer(io.stdout, wantsColour(io.stdout, io.env)),
    err: new Printer(io.stderr, wantsColour(io.stderr, io.env)),
  }
}
