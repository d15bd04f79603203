import type { Desk } from '@aduan/core';
import type { ComplaintProjection, ComplaintStatus, LaporReportV1, LaporStatusTarget } from '@aduan/spec';

type ImportItem = Parameters<Desk['importBatch']>[1][number];
type ImportCommand = NonNullable<ImportItem['commands']>[number];

/** The system name of SP4N-LAPOR! references and sync events. */
export const LAPOR_SYSTEM = 'lapor';

/** How far along the main road a state is; a complaint only ever moves forward on an import. */
const STEP: Partial<Record<ComplaintStatus, number>> = { received: 0, needs_info: 0, verified: 1, disposed: 2, responded: 3 };

const CLASSIFICATION: Readonly<Record<string, 'aspirasi' | 'pengaduan' | 'permintaan_informasi'>> = {
  aspirasi: 'aspirasi',
  pengaduan: 'pengaduan',
  'permintaan informasi': 'permintaan_informasi',
};

/** The classification aduan knows for LAPOR!'s `Klasifikasi Laporan`, if any. */
const classificationOf = (text: string | undefined) => (text ? CLASSIFICATION[text.trim().toLowerCase()] : undefined);

/** What the planner needs besides the report. */
export interface PlanContext {
  target: LaporStatusTarget;
  /** The unit a disposition to this LAPOR! agency goes to; undefined when none is known. */
  unitId: string | undefined;
  /** How the reports arrived (`export`, `api`): recorded in the sync event. */
  transport: string;
}

/** A step of the plan that cannot run: the row is reported on this column. */
export class PlanProblem extends Error {
  constructor(
    readonly column: 'Instansi Terdisposisi',
    message: string,
  ) {
    super(message);
  }
}

/** LAPOR!'s own fields of the report, as the sync event records them (null when empty). */
function syncCommand(report: LaporReportV1, transport: string): ImportCommand {
  const fields = {
    status: report.status,
    statusReason: report.statusReason ?? null,
    disposedTo: report.disposedTo ?? null,
    finalText: report.finalText ?? null,
    rating: report.rating ?? null,
    source: report.source ?? null,
    classification: report.classification ?? null,
    category: report.category ?? null,
  };
  return {
    command: 'sync',
    input: { system: LAPOR_SYSTEM, id: report.trackingId, transport, fields, sourceTimestamps: { receivedAt: report.receivedAt } },
  };
}

/** The lifecycle commands that bring a complaint in `from` forward to `context.target`, or none when it is there or past it. */
function forward(from: ComplaintStatus, report: LaporReportV1, context: PlanContext): ImportCommand[] {
  const note = `SP4N-LAPOR!: ${report.status}`;
  const { target } = context;
  if (target === 'rejected') {
    const rejectable = ['received', 'needs_info', 'verified', 'escalated', 'handed_over'].includes(from);
    return rejectable ? [{ command: 'reject', input: { reason: 'other', note: report.statusReason ?? note } }] : [];
  }
  if (target === 'needs_info') {
    const askable = from === 'received' || from === 'verified';
    return askable ? [{ command: 'requestInfo', input: { message: report.statusReason ?? `Laporan ditunda di ${note}` } }] : [];
  }
  if (from === 'handed_over' || from === 'escalated') {
    return target === 'resolved' ? [{ command: 'resolve', input: { closedIn: LAPOR_SYSTEM, note } }] : [];
  }
  const goal = target === 'resolved' ? 4 : (STEP[target] ?? 0);
  const at = STEP[from];
  if (at === undefined || from === 'needs_info' || at >= goal) return [];
  const commands: ImportCommand[] = [];
  if (at < 1) commands.push({ command: 'verify', input: { classification: classificationOf(report.classification), note } });
  if (at < 2 && goal >= 2) {
    if (context.unitId === undefined) {
      throw new PlanProblem(
        'Instansi Terdisposisi',
        `kosong atau tidak dikenal, padahal status "${report.status}" memerlukan disposisi ke unit`,
      );
    }
    commands.push({ command: 'dispose', input: { unitId: context.unitId, note } });
  }
  if (at < 3 && goal >= 3) commands.push({ command: 'respond', input: { message: `Ditanggapi melalui ${note}` } });
  if (goal === 4) commands.push({ command: 'resolve', input: { closedIn: LAPOR_SYSTEM, note } });
  return commands;
}

const FINAL: readonly ComplaintStatus[] = ['resolved', 'rejected', 'merged'];

/**
 * The desk import item for one LAPOR! report: a new complaint (received on channel `lapor` with
 * the Tracking ID as message id and reference, LAPOR!'s fields synced, moved forward to the
 * mapped state), or the commands an existing linked complaint needs. Never moves a complaint
 * back and never touches what officers wrote; of a closed complaint only LAPOR!'s fields are synced.
 */
export function planImportItem(report: LaporReportV1, existing: ComplaintProjection | undefined, context: PlanContext): ImportItem {
  const sync = syncCommand(report, context.transport);
  if (existing) {
    // A closed complaint stays closed; what LAPOR! changed after (its status, rating, final text) is still recorded.
    if (FINAL.includes(existing.status)) return { complaintId: existing.id, expectedVersion: existing.version, commands: [sync] };
    return { complaintId: existing.id, expectedVersion: existing.version, commands: [sync, ...forward(existing.status, report, context)] };
  }
  const location = report.kelurahan || report.kecamatan ? { kelurahan: report.kelurahan, kecamatan: report.kecamatan } : undefined;
  return {
    intake: {
      channel: LAPOR_SYSTEM,
      channelMessageId: report.trackingId,
      title: report.title,
      description: report.initialText,
      classification: classificationOf(report.classification),
      category: report.category,
      location,
      anonim: report.privacy === 'anonim',
      rahasia: report.privacy === 'rahasia',
      // Only an ordinary report brings its reporter's name; anonim and rahasia ones bring no identity at all.
      contact: report.privacy === 'biasa' && report.reporterName ? { name: report.reporterName } : undefined,
      externalRefs: [{ system: LAPOR_SYSTEM, id: report.trackingId }],
    },
    commands: [sync, ...forward('received', report, context)],
  };
}
