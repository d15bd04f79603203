import { InvalidInputError, type LaporImportOptionsV1 } from '@aduan/spec';

/**
 * The bridge cannot yet validate without writing (its planning goes through the desk's appends), so
 * a run that asks for `dryRun` is refused before anything is read, rather than silently written.
 */
export function refuseDryRun(run: LaporImportOptionsV1 | undefined): void {
  if (run?.dryRun !== true) return;
  throw new InvalidInputError('SP4N-LAPOR! import', [
    {
      path: 'dryRun',
      message:
        'uji coba (dryRun) belum didukung untuk impor SP4N-LAPOR!; impor tanpa dryRun, lalu periksa laporannya / dry runs are not supported for LAPOR! imports yet',
    },
  ]);
}
