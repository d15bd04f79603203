import { PEKALONGAN_UNITS } from '@aduan/simulation';

/** A unit complaints are disposed to, as officers name it. */
export interface Unit {
  id: string;
  name: string;
}

const NAMES: Readonly<Record<string, string>> = {
  disdukcapil: 'Dinas Kependudukan dan Pencatatan Sipil',
  dpupr: 'Dinas Pekerjaan Umum dan Penataan Ruang',
  dinsos: 'Dinas Sosial',
  dinkes: 'Dinas Kesehatan',
  'puskesmas-bendan': 'Puskesmas Bendan',
  dindik: 'Dinas Pendidikan',
  dlh: 'Dinas Lingkungan Hidup',
  'kelurahan-kraton': 'Kelurahan Kraton',
};

/** The Pekalongan units of the demo city (the simulation's), with their names. */
export const UNITS: readonly Unit[] = PEKALONGAN_UNITS.map((unit) => ({ id: unit.id, name: NAMES[unit.id] ?? unit.id }));

/** Every category the demo city's units handle, for filters and Open311 services. */
export const CATEGORIES: readonly string[] = [...new Set(PEKALONGAN_UNITS.flatMap((unit) => unit.categories))];

export const unitName = (id: string | null) => (id === null ? '—' : (UNITS.find((unit) => unit.id === id)?.name ?? id));
