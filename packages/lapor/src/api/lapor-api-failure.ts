import { LaporApiError } from '@aduan/spec';

/** A failure with its message in Bahasa Indonesia, then English; never the server's own text. */
export function laporApiFailure(
  reason: LaporApiError['reason'],
  status: number | undefined,
  retryable: boolean,
  cause?: unknown,
): LaporApiError {
  const at = status === undefined ? '' : ` (HTTP ${status})`;
  const messages: Record<LaporApiError['reason'], string> = {
    unauthorized: `SP4N-LAPOR! menolak token${at}: periksa token integrasi (ADUAN_LAPOR_TOKEN) / SP4N-LAPOR! refused the token`,
    rate_limited: `SP4N-LAPOR! membatasi permintaan${at}: coba lagi nanti / SP4N-LAPOR! is rate limiting; try again later`,
    server_error: `SP4N-LAPOR! sedang gagal${at}: coba lagi nanti / SP4N-LAPOR! is failing; try again later`,
    unavailable:
      'SP4N-LAPOR! tidak menjawab (koneksi gagal atau waktu habis): coba lagi nanti / SP4N-LAPOR! did not answer; try again later',
    response_too_large: `jawaban SP4N-LAPOR! melebihi batas ukuran${at}: perkecil pageSize / the SP4N-LAPOR! answer exceeds the size cap`,
    bad_response: `jawaban SP4N-LAPOR! tidak sesuai format API${at} / the SP4N-LAPOR! answer breaks the API format`,
    repeated_cursor:
      'SP4N-LAPOR! tidak memajukan kursor halaman (kursor berulang atau terlalu banyak halaman): penarikan dihentikan / ' +
      'SP4N-LAPOR! did not move the page cursor on (a repeated cursor or too many pages); the pull stopped',
    not_found: `Tracking ID tidak dikenal SP4N-LAPOR!${at} / SP4N-LAPOR! does not know the Tracking ID`,
    refused: `SP4N-LAPOR! menolak permintaan${at} / SP4N-LAPOR! refused the request`,
  };
  return new LaporApiError(reason, messages[reason], { status, retryable, cause });
}
