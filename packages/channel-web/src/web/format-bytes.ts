/** A byte count as residents read it: `1,5 MB`, `300 KB` (Indonesian decimal comma). */
export function formatBytes(bytes: number): string {
  const units: [number, string][] = [
    [1024 * 1024, 'MB'],
    [1024, 'KB'],
  ];
  for (const [size, unit] of units) {
    if (bytes >= size) return `${(bytes / size).toLocaleString('id-ID', { maximumFractionDigits: 1 })} ${unit}`;
  }
  return `${bytes} byte`;
}
