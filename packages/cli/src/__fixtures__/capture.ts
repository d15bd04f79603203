import { Writable } from 'node:stream';

/** stdout and stderr that keep what a command writes, for assertions. */
export function captureStreams(): { streams: { stdout: Writable; stderr: Writable }; stdout(): string; stderr(): string } {
  const out: string[] = [];
  const err: string[] = [];
  const sink = (into: string[]) =>
    new Writable({
      write(chunk, _encoding, done) {
        into.push(String(chunk));
        done();
      },
    });
  return { streams: { stdout: sink(out), stderr: sink(err) }, stdout: () => out.join(''), stderr: () => err.join('') };
}
