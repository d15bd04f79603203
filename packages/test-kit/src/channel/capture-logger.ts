import type { AdapterLogger } from '@aduan/adapter-utils';

/** A logger that keeps every line (message and fields as JSON), for the privacy checks to scan. */
export function captureLogger(): { logger: AdapterLogger; lines: string[] } {
  const lines: string[] = [];
  const keep = (level: string) => (message: string, fields?: Readonly<Record<string, unknown>>) =>
    void lines.push(`${level} ${message}${fields === undefined ? '' : ` ${JSON.stringify(fields)}`}`);
  return { lines, logger: { info: keep('info'), warn: keep('warn'), error: keep('error') } };
}
