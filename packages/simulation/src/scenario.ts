/** A unit of the simulated city and how quickly it usually answers. */
export interface SimulatedUnit {
  id: string;
  /** Categories disposed to this unit. */
  categories: readonly string[];
  /** Median days from disposition to the unit's answer. */
  medianResponseDays: number;
}

/** Kota Pekalongan-like defaults: OPDs, a puskesmas and kelurahan, some slower than others. */
export const PEKALONGAN_UNITS: readonly SimulatedUnit[] = [
  { id: 'disdukcapil', categories: ['administrasi kependudukan'], medianResponseDays: 3 },
  { id: 'dpupr', categories: ['infrastruktur', 'drainase'], medianResponseDays: 9 },
  { id: 'dinsos', categories: ['bantuan sosial'], medianResponseDays: 7 },
  { id: 'dinkes', categories: ['kesehatan'], medianResponseDays: 4 },
  { id: 'puskesmas-bendan', categories: ['layanan puskesmas'], medianResponseDays: 2 },
  { id: 'dindik', categories: ['pendidikan'], medianResponseDays: 5 },
  { id: 'dlh', categories: ['sampah', 'lingkungan'], medianResponseDays: 6 },
  { id: 'kelurahan-kraton', categories: ['ketertiban', 'lainnya'], medianResponseDays: 4 },
];

/** Share of complaints per channel (WhatsApp "Lapor Ajib" leads since 2025). */
export const CHANNEL_MIX: readonly [string, number][] = [
  ['whatsapp', 45],
  ['lapor', 25],
  ['web', 12],
  ['sms', 6],
  ['in_person', 12],
];

/** How residents and staff behave, as probabilities and median delays (days). */
export const BEHAVIOUR = {
  verifyMedianDays: 1.2,
  needsInfoShare: 0.15,
  answersInfoShare: 0.7,
  answerInfoMedianDays: 2,
  spamShare: 0.04,
  wrongUnitShare: 0.07,
  confirmShare: 0.35,
  disputeShare: 0.08,
  complainantReplyMedianDays: 2,
  /** The log-normal spread of every delay: a long tail of slow cases. */
  spread: 0.8,
} as const;
