/** How a command ended, as its exit code: scripts and schedulers read it. */
export const EXIT = {
  /** Everything went in (or out) as asked. */
  ok: 0,
  /** The command ran, but some items (rows, complaints) had problems; they are reported. */
  someProblems: 1,
  /** Wrong usage, an unreadable file or an unreachable store: nothing was done. */
  usage: 2,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
