import { SingleBar } from 'cli-progress';
import type { Output } from './output.js';

/** Progress of long work: a bar on a terminal, nothing otherwise (pipes, `--json`, CI logs). */
export interface Progress {
  start(total: number): void;
  /** Moves to `done` items (absolute, not an increment). */
  update(done: number): void;
  stop(): void;
}

const SILENT: Progress = { start() {}, update() {}, stop() {} };

/**
 * A progress bar labelled `label` (e.g. `Mengimpor baris`) on `output`'s terminal. `counting`: the
 * total is not known ahead (a streamed file), so it counts items instead of drawing a bar.
 */
export function createProgress(output: Output, label: string, options: { counting?: boolean } = {}): Progress {
  if (!output.interactive) return SILENT;
  const bar = new SingleBar({
    format: options.counting ? `${label}: {value}` : `${label} [{bar}] {percentage}% | {value}/{total} | sisa {eta_formatted}`,
    stream: output.stderr,
    hideCursor: true,
    clearOnComplete: true,
  });
  return {
    start: (total) => bar.start(total, 0),
    update: (done) => bar.update(done),
    stop: () => bar.stop(),
  };
}
