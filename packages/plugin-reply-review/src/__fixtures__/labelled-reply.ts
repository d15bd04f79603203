import type { ReplyContext } from '../reply-context.js';
import type { ReplyRule } from '../reply-rules.js';

/** One reply of the corpus with the rules a careful reader says it breaks (labelled by hand, rule by rule). */
export interface LabelledReply {
  id: string;
  text: string;
  /** The rules the reply breaks; every other rule it does not. */
  breaks: readonly ReplyRule[];
  /** Rules the reply does not break but comes close to (acronyms for `shouting`, a negated insult for `harsh-words`). */
  nearMisses?: readonly ReplyRule[];
  context: ReplyContext;
}

/** The units that answer in the corpus, with the names residents know them by. */
const CORPUS_UNITS = {
  dpupr: { unitName: 'DPUPR Kota Pekalongan', unitAliases: ['DPUPR', 'Dinas Pekerjaan Umum dan Penataan Ruang'] },
  dlh: { unitName: 'DLH Kota Pekalongan', unitAliases: ['DLH', 'Dinas Lingkungan Hidup'] },
  dishub: { unitName: 'Dishub Kota Pekalongan', unitAliases: ['Dishub', 'Dinas Perhubungan'] },
  capil: { unitName: 'Disdukcapil Kota Pekalongan', unitAliases: ['Disdukcapil', 'Dinas Kependudukan dan Pencatatan Sipil'] },
  dinkes: { unitName: 'Dinkes Kota Pekalongan', unitAliases: ['Dinkes', 'Dinas Kesehatan'] },
  satpol: { unitName: 'Satpol PP Kota Pekalongan', unitAliases: ['Satpol PP'] },
  kelurahan: { unitName: 'Kelurahan Kuripan Kidul', unitAliases: ['Kelurahan Kuripan Kidul'] },
} as const satisfies Record<string, ReplyContext>;

export type CorpusUnit = keyof typeof CORPUS_UNITS;

/** Builds one corpus entry; `overdue` marks a complaint past its deadline. */
export function reply(
  id: string,
  unit: CorpusUnit,
  text: string,
  breaks: readonly ReplyRule[],
  extra: Partial<ReplyContext> = {},
): LabelledReply {
  return { id, text, breaks, context: { ...CORPUS_UNITS[unit], ...extra } };
}

/** Marks a reply as a near miss of `rules`: it breaks none of them, though a careless rule would say it does. */
export function nearMiss(rules: readonly ReplyRule[], entry: LabelledReply): LabelledReply {
  const broken = rules.filter((rule) => entry.breaks.includes(rule));
  if (broken.length > 0) throw new Error(`reply ${entry.id} breaks ${broken.join(', ')}: it cannot be a near miss of them`);
  return { ...entry, nearMisses: rules };
}
