/** Which months to recap, `YYYY-MM` (WIB), one sheet each. */
export interface RecapQuery {
  months: readonly string[];
  /** Only complaints linked to a SP4N-LAPOR! Tracking ID. Default false: every complaint, with its aduan tracking number when not linked. */
  onlyLinked?: boolean;
}

/** One row of the Rekap SP4N-LAPOR!, its columns as the recap names them. */
export interface RecapRow {
  /** No */
  no: number;
  /** Tanggal: when the complaint was received (ISO instant) and that date in WIB, e.g. `3 Maret 2026`. */
  receivedAt: string;
  date: string;
  /** Tracking ID: the SP4N-LAPOR! Tracking ID when linked, otherwise aduan's own tracking number. */
  trackingId: string;
  laporLinked: boolean;
  /** User: the complainant's name as the reader may see it; `Anonim`, `Dirahasiakan` or `Disembunyikan` otherwise. */
  user: string;
  /** Judul */
  title: string;
  /** Stakeholder: the unit the complaint is disposed to. */
  stakeholder: string;
  /** Tanggapan: `Sudah ada tanggapan` or `Belum ada tanggapan`. */
  response: string;
  /** Keterangan: where the complaint stands (`Selesai`, `Sedang diproses`, …). */
  remark: string;
}

export interface RecapMonth {
  /** `YYYY-MM` */
  month: string;
  /** `Maret 2026` */
  label: string;
  rows: RecapRow[];
}

/** The monthly Rekap SP4N-LAPOR!, one entry per month asked, as the reader may see it. */
export interface RecapReport {
  format: 'aduan.lapor-recap';
  formatVersion: 1;
  generatedAt: string;
  months: RecapMonth[];
}
