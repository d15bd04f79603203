import { FINAL_COMPLAINT_STATUSES, type StoredEvent } from '@aduan/spec';

/** How many entered a stage, and how many of those never let its deadline lapse. */
export interface RateCount {
  entered: number;
  onTime: number;
  /** onTime / entered, 0..1 (1 when nothing entered). */
  rate: number;
}

/** The outcome of a simulated year, read from the complaints' histories alone. */
export interface SimulationReport {
  complaints: number;
  byChannel: Record<string, number>;
  /** Complaints per lifecycle state at the end of the run. */
  byStatus: Record<string, number>;
  /** Stage deadlines over every stage entered: kept (`met`) and lapsed (`missed`). */
  deadlines: { met: number; missed: number };
  /** Per SLA stage: complaints that reached it, and those whose deadline for it never lapsed. */
  stages: Record<'verification' | 'followUp' | 'resolution', RateCount>;
  /** The unit's follow-up stage, per unit that answered at least once. */
  units: Record<string, RateCount>;
  escalations: { total: number; byLevel: Record<string, number> };
  warnings: number;
  autoResolved: number;
  autoArchived: number;
  confirmed: number;
  rejected: number;
  stillOpen: number;
  /** Acts that arrived too late (e.g. data sent after the complaint was archived). */
  lateActs: number;
}

const rate = (entered: number, onTime: number): RateCount => ({ entered, onTime, rate: entered === 0 ? 1 : onTime / entered });
const FINAL: ReadonlySet<string> = new Set(FINAL_COMPLAINT_STATUSES);

/** Reads the outcome of a simulated year from the complaints' histories alone. */
export function summarise(streams: Map<string, StoredEvent[]>, statuses: Map<string, string>, lateActs: number): SimulationReport {
  const byChannel: Record<string, number> = {};
  const stageCounts = { verification: [0, 0], followUp: [0, 0], resolution: [0, 0] } as Record<string, [number, number]>;
  const unitCounts: Record<string, [number, number]> = {};
  const byLevel: Record<string, number> = {};
  let warnings = 0;
  let autoResolved = 0;
  let autoArchived = 0;
  let confirmed = 0;
  let rejected = 0;
  for (const events of streams.values()) {
    const channel = String(events[0]?.payload['channel']);
    byChannel[channel] = (byChannel[channel] ?? 0) + 1;
    const missed = new Set(events.filter((e) => e.type === 'complaint-deadline-missed').map((e) => String(e.payload['stage'])));
    const has = (type: string) => events.some((e) => e.type === type);
    const count = (stage: string, entered: boolean) => {
      if (!entered) return;
      stageCounts[stage]![0]++;
      if (!missed.has(stage)) stageCounts[stage]![1]++;
    };
    count('verification', true);
    count('followUp', has('complaint-disposed'));
    count('resolution', has('complaint-verified'));
    for (const event of events) {
      if (event.type === 'complaint-responded' && event.payload['unitId']) {
        const unit = String(event.payload['unitId']);
        unitCounts[unit] ??= [0, 0];
        unitCounts[unit][0]++;
        if (!missed.has('followUp')) unitCounts[unit][1]++;
      }
      if (event.type === 'complaint-escalated')
        byLevel[String(event.payload['level'])] = (byLevel[String(event.payload['level'])] ?? 0) + 1;
      if (event.type === 'complaint-deadline-approaching') warnings++;
      if (event.type === 'complaint-resolved' && event.payload['cause'] === 'silence') autoResolved++;
      if (event.type === 'complaint-rejected') {
        if (event.actor.role === 'system' && event.payload['reason'] === 'incomplete') autoArchived++;
        else rejected++;
      }
      if (event.type === 'complaint-confirmed') confirmed++;
    }
  }
  const stages = Object.fromEntries(Object.entries(stageCounts).map(([stage, [entered, onTime]]) => [stage, rate(entered, onTime)]));
  const byStatus: Record<string, number> = {};
  for (const status of statuses.values()) byStatus[status] = (byStatus[status] ?? 0) + 1;
  const met = Object.values(stageCounts).reduce((sum, [, onTime]) => sum + onTime, 0);
  const entered = Object.values(stageCounts).reduce((sum, [count]) => sum + count, 0);
  const units = Object.fromEntries(Object.entries(unitCounts).map(([unit, [entered, onTime]]) => [unit, rate(entered, onTime)]));
  return {
    complaints: streams.size,
    byChannel,
    byStatus,
    deadlines: { met, missed: entered - met },
    stages: stages as SimulationReport['stages'],
    units,
    escalations: { total: Object.values(byLevel).reduce((a, b) => a + b, 0), byLevel },
    warnings,
    autoResolved,
    autoArchived,
    confirmed,
    rejected,
    stillOpen: [...statuses.values()].filter((status) => !FINAL.has(status)).length,
    lateActs,
  };
}
