import type { LabelV1 } from '@aduan/spec';
import type { TrackedStage } from './deadline-state.js';

/** How each stage clock is named to people, Bahasa Indonesia first. */
export const STAGE_LABELS: Readonly<Record<TrackedStage, LabelV1>> = {
  verification: { id: 'Verifikasi dan disposisi', en: 'Verification and disposition' },
  followUp: { id: 'Tindak lanjut unit', en: 'Unit follow-up' },
  resolution: { id: 'Penyelesaian', en: 'Resolution' },
  needsInfo: { id: 'Kelengkapan data oleh pelapor', en: 'Missing data from the complainant' },
  confirmation: { id: 'Konfirmasi pelapor', en: 'Complainant confirmation' },
};
