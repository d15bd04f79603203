import type { ComplaintSummary } from '@aduan/spec';
import { dayInWib } from './format-wib.js';
import type { TemplateVariable } from './template-syntax.js';

/** How a complaint's authority and units are named in texts to residents. */
export interface TemplateNaming {
  /** The authority a complaint belongs to, e.g. "Pemerintah Kota Pekalongan", or one per complaint. */
  authority: string | ((complaint: Readonly<ComplaintSummary>) => string);
  /** Unit names by unit id ("dinas-pupr" → "Dinas Pekerjaan Umum dan Penataan Ruang"); an unnamed unit shows its id. */
  unitNames?: Readonly<Record<string, string>>;
}

/** What a template is filled from: the complaint as the reader sees it, and what only the desk knows. */
export interface TemplateFacts {
  complaint: Readonly<ComplaintSummary>;
  /** The resident's name as the reader may see it; undefined when hidden or not given. */
  residentName: string | undefined;
  expectedResolutionAt: string | null;
  now: Date;
}

/** The value of every variable for one complaint and one reader. */
export function templateValues(naming: TemplateNaming, facts: TemplateFacts): Record<TemplateVariable, string> {
  const { complaint } = facts;
  const unitId = complaint.unitId;
  return {
    nomor: complaint.trackingNumber,
    judul: complaint.title,
    unit: unitId === null ? '' : (naming.unitNames?.[unitId] ?? unitId),
    instansi: typeof naming.authority === 'function' ? naming.authority(complaint) : naming.authority,
    nama: facts.residentName ?? 'Bapak/Ibu',
    tanggal_diterima: dayInWib(complaint.createdAt),
    tanggal_hari_ini: dayInWib(facts.now),
    batas_waktu: dayInWib(complaint.dueAt),
    perkiraan_selesai: dayInWib(facts.expectedResolutionAt),
  };
}
