import type { GroupBy } from './group-by.js';
import { monthLabel } from './wib.js';

/** How channels are named to officers by default. */
export const CHANNEL_LABELS: Readonly<Record<string, string>> = {
  lapor: 'SP4N-LAPOR!',
  whatsapp: 'WhatsApp (Lapor Ajib)',
  sms: 'SMS',
  web: 'Situs web',
  laporgub: 'LaporGub',
  in_person: 'Tatap muka',
  open311: 'Open311',
};

/** What a group without a value is called, by grouping. */
const NO_VALUE: Readonly<Record<GroupBy, string>> = {
  unit: 'Belum didisposisikan',
  category: 'Tanpa kategori',
  channel: 'Kanal tidak diketahui',
  kelurahan: 'Kelurahan tidak diketahui',
  month: 'Bulan tidak diketahui',
};

export interface GroupNames {
  unitNames: Readonly<Record<string, string>>;
  channelNames: Readonly<Record<string, string>>;
}

/** The label officers read for a group key. */
export function groupLabel(groupBy: GroupBy, key: string | null, names: GroupNames): string {
  if (key === null) return NO_VALUE[groupBy];
  if (groupBy === 'unit') return names.unitNames[key] ?? key;
  if (groupBy === 'channel') return names.channelNames[key] ?? CHANNEL_LABELS[key] ?? key;
  if (groupBy === 'month') return monthLabel(key);
  return key;
}
