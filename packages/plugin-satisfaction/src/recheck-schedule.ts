import type { StoredEvent } from '@aduan/spec';
import { SATISFACTION_ASKED } from './open-question.js';

/** A complaint whose re-check falls due, and when. */
interface DueRecheck {
  complaintId: string;
  dueAt: number;
}

/** What the schedule remembers of one complaint the plugin asked. */
interface Asked {
  recheck: boolean;
  /** When the re-check falls due; undefined while the complaint is not resolved. */
  dueAt: number | undefined;
}

/**
 * The re-check's read model: for every complaint whose resident was asked after an answer, when its
 * re-check falls due (its last resolution plus `afterMs`), folded from the stored events. Due
 * complaints come out of a min-heap, so a sweep's work grows with what is due, not with the number of
 * resolved complaints. It is a hint: the sweep checks each due complaint against its history.
 */
export interface RecheckSchedule {
  /** Folds stored events (the desk's start-up pass over the history, then every append); events already seen change nothing. */
  apply(events: readonly StoredEvent[]): void;
  /** Takes out every complaint due at or before `now`, earliest first. */
  takeDue(now: number): DueRecheck[];
  /** Puts a taken complaint back (changed meanwhile, or the append failed): the next sweep tries again. */
  putBack(due: DueRecheck): void;
  clear(): void;
}

/** A re-check schedule for re-checks `afterMs` after resolution. */
export function createRecheckSchedule(afterMs: number): RecheckSchedule {
  const asked = new Map<string, Asked>();
  const heap: DueRecheck[] = [];

  const push = (entry: DueRecheck) => {
    heap.push(entry);
    let at = heap.length - 1;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (heap[parent]!.dueAt <= heap[at]!.dueAt) break;
      [heap[parent], heap[at]] = [heap[at]!, heap[parent]!];
      at = parent;
    }
  };

  const pop = (): DueRecheck | undefined => {
    const top = heap[0];
    const last = heap.pop();
    if (heap.length === 0 || last === undefined) return top;
    heap[0] = last;
    let at = 0;
    for (;;) {
      const left = 2 * at + 1;
      const right = left + 1;
      let least = at;
      if (left < heap.length && heap[left]!.dueAt < heap[least]!.dueAt) least = left;
      if (right < heap.length && heap[right]!.dueAt < heap[least]!.dueAt) least = right;
      if (least === at) return top;
      [heap[least], heap[at]] = [heap[at]!, heap[least]!];
      at = least;
    }
  };

  const fold = (event: StoredEvent) => {
    const state = asked.get(event.complaintId);
    if (event.type === SATISFACTION_ASKED) {
      const next = state ?? { recheck: false, dueAt: undefined };
      if (event.payload['round'] === 'recheck') {
        next.recheck = true;
        next.dueAt = undefined;
      }
      asked.set(event.complaintId, next);
    } else if (!state || state.recheck) {
      return;
    } else if (event.type === 'complaint-confirmed' || event.type === 'complaint-resolved') {
      state.dueAt = Date.parse(event.at) + afterMs;
      push({ complaintId: event.complaintId, dueAt: state.dueAt });
    } else if (event.type === 'complaint-reopened') {
      state.dueAt = undefined;
    }
  };

  return {
    apply(events) {
      for (const event of events) fold(event);
    },
    takeDue(now) {
      const due: DueRecheck[] = [];
      const taken = new Set<string>();
      while (heap.length > 0 && heap[0]!.dueAt <= now) {
        const entry = pop()!;
        // Entries left behind by a reopening, a later resolution or a redelivered batch are skipped here (lazy deletion).
        if (asked.get(entry.complaintId)?.dueAt !== entry.dueAt || taken.has(entry.complaintId)) continue;
        taken.add(entry.complaintId);
        due.push(entry);
      }
      return due;
    },
    putBack(due) {
      if (asked.get(due.complaintId)?.dueAt === due.dueAt) push(due);
    },
    clear() {
      asked.clear();
      heap.length = 0;
    },
  };
}
