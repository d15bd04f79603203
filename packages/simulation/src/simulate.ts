import { createDesk, createMemoryStore, type Desk } from '@aduan/core';
import { createWorkingCalendar, type WorkingCalendar } from '@aduan/core/calendar';
import { createSlaPolicy, slaPresets, type SlaPolicyInput } from '@aduan/core/sla';
import { IllegalTransitionError, InvalidConfigError, type Actor, type StoredEvent, type StoreV1 } from '@aduan/spec';
import { Agenda } from './agenda.js';
import { createRandom, type Random } from './random.js';
import { summarise, type SimulationReport } from './report.js';
import { BEHAVIOUR, CHANNEL_MIX, PEKALONGAN_UNITS, type SimulatedUnit } from './scenario.js';

/** What to simulate; every option has a default. */
export interface SimulationOptions {
  /** The calendar year complaints arrive in. Default 2026. */
  year?: number;
  /** Complaints over the year. Default 1,200 (Pekalongan's order of magnitude). */
  complaints?: number;
  /** Same seed, same year. Default 1708 (SP4N-LAPOR!'s SMS number). */
  seed?: number;
  /** An SLA preset name or a full policy. Default `pekalongan`. */
  policy?: keyof typeof slaPresets | SlaPolicyInput;
  /** Defaults to the national calendar (weekends, holidays and cuti bersama). */
  calendar?: WorkingCalendar;
  units?: readonly SimulatedUnit[];
  /** How often the deadline sweep runs, in simulated hours. Default 3. */
  sweepEveryHours?: number;
  /** Days from 1 January over which complaints arrive (1 to 366). Default the whole year. */
  days?: number;
  /**
   * The store the simulated complaints are written to, through a desk on the simulation's virtual
   * clock (their times fall in `year`). Default a fresh memory store. It is left open: the caller
   * closes it. A store that already holds complaints keeps them; the report counts only this run's.
   */
  store?: StoreV1;
  /** Called as simulated days pass, with the days done and the days the run takes in all (for a progress bar). */
  onProgress?: (daysDone: number, daysTotal: number) => void;
}

const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;
/** After the last arrival, the simulation runs on so most complaints can close. */
const TAIL_DAYS = 90;

const coordinator: Actor = { id: 'admin-koordinator', role: 'coordinator' };
const officerOf = (unitId: string): Actor => ({ id: `penghubung-${unitId}`, role: 'unit_officer', unitId });
const residentOf = (complainantId: string): Actor => ({ id: complainantId, role: 'complainant' });

/** One complaint's story, acted out through the public desk API at simulated times. */
function playComplaint(
  desk: Desk,
  agenda: Agenda,
  random: Random,
  units: readonly SimulatedUnit[],
  noteLate: () => void,
  noteReceived: (complaintId: string) => void,
) {
  const delay = (medianDays: number) => random.logNormal(medianDays, BEHAVIOUR.spread) * DAY;
  // An act the lifecycle no longer allows (data sent after the archive, a reply after the close)
  // is what late residents and officers really do: it is counted, not fatal.
  const attempt = (act: () => Promise<unknown>): Promise<void> =>
    act().then(
      () => undefined,
      (error: unknown) => {
        if (!IllegalTransitionError.isInstance(error)) throw error;
        noteLate();
      },
    );

  return async (now: number) => {
    const unit = random.pick(units);
    const channel = random.pick(
      CHANNEL_MIX.map(([name]) => name),
      CHANNEL_MIX.map(([, weight]) => weight),
    );
    const { complaint } = await desk.receive(coordinator, {
      channel,
      title: `Aduan ${unit.categories[0]}`,
      description: `Laporan warga tentang ${unit.categories[0]} di Kota Pekalongan.`,
      category: random.pick(unit.categories),
      contact: { name: 'Warga Pekalongan' },
    });
    const id = complaint.id;
    noteReceived(id);
    const resident = residentOf(complaint.complainantId);

    const respond = (at: number) =>
      agenda.add(at, () =>
        attempt(async () => {
          await desk.respond(officerOf(unit.id), { complaintId: id, message: 'Terima kasih, laporan sudah kami tindak lanjuti.' });
          const reply = at + delay(BEHAVIOUR.complainantReplyMedianDays);
          if (random.chance(BEHAVIOUR.disputeShare)) {
            agenda.add(reply, () =>
              attempt(async () => {
                await desk.reopen(resident, { complaintId: id, reason: 'Masalah belum selesai di lapangan.' });
                respond(reply + delay(unit.medianResponseDays));
              }),
            );
          } else if (random.chance(BEHAVIOUR.confirmShare)) {
            agenda.add(reply, () => attempt(() => desk.confirm(resident, { complaintId: id })));
          }
        }),
      );

    const verifyAndDispose = (at: number, mayAskForData: boolean) =>
      agenda.add(at, () =>
        attempt(async () => {
          if (random.chance(BEHAVIOUR.spamShare)) return desk.reject(coordinator, { complaintId: id, reason: 'spam' });
          if (mayAskForData && random.chance(BEHAVIOUR.needsInfoShare)) {
            await desk.requestInfo(coordinator, { complaintId: id, message: 'Mohon lengkapi lokasi kejadian.' });
            if (random.chance(BEHAVIOUR.answersInfoShare)) {
              const answered = at + delay(BEHAVIOUR.answerInfoMedianDays);
              agenda.add(answered, () =>
                attempt(async () => {
                  await desk.provideInfo(resident, { complaintId: id, message: 'Lokasinya di dekat pasar.' });
                  verifyAndDispose(answered + delay(BEHAVIOUR.verifyMedianDays), false);
                }),
              );
            }
            return;
          }
          await desk.verify(coordinator, { complaintId: id });
          if (random.chance(BEHAVIOUR.wrongUnitShare)) {
            const wrong = units.find((other) => other.id !== unit.id)!;
            await desk.dispose(coordinator, { complaintId: id, unitId: wrong.id });
            const returned = at + delay(2);
            agenda.add(returned, () =>
              attempt(async () => {
                await desk.returnNotOurs(officerOf(wrong.id), {
                  complaintId: id,
                  reason: 'Bukan kewenangan kami.',
                  suggestedUnitId: unit.id,
                });
                await desk.dispose(coordinator, { complaintId: id, unitId: unit.id });
                respond(returned + delay(unit.medianResponseDays));
              }),
            );
            return;
          }
          await desk.dispose(coordinator, { complaintId: id, unitId: unit.id });
          respond(at + delay(unit.medianResponseDays));
        }),
      );

    verifyAndDispose(now + delay(BEHAVIOUR.verifyMedianDays), true);
  };
}

/** Fails fast on options that would make no year at all or run for hours. */
function checkOptions(year: number, complaints: number, options: SimulationOptions): void {
  const issues: { path: string; message: string }[] = [];
  if (!Number.isInteger(year) || year < 2000 || year > 2100)
    issues.push({ path: 'year', message: `must be a year from 2000 to 2100, got ${year}` });
  if (!Number.isInteger(complaints) || complaints < 0 || complaints > 100_000) {
    issues.push({ path: 'complaints', message: `must be a whole number from 0 to 100000, got ${complaints}` });
  }
  const every = options.sweepEveryHours ?? 3;
  if (!(every > 0 && every <= 24 * 7)) issues.push({ path: 'sweepEveryHours', message: `must be above 0 and at most 168, got ${every}` });
  if (options.days !== undefined && !(Number.isInteger(options.days) && options.days >= 1 && options.days <= 366)) {
    issues.push({ path: 'days', message: `must be a whole number from 1 to 366, got ${options.days}` });
  }
  if (options.units !== undefined && options.units.length === 0) issues.push({ path: 'units', message: 'must name at least one unit' });
  if (typeof options.policy === 'string' && !(options.policy in slaPresets)) {
    issues.push({ path: 'policy', message: `must be ${Object.keys(slaPresets).join(' or ')}, or a policy object` });
  }
  if (issues.length > 0) throw new InvalidConfigError('simulation options', issues);
}

/**
 * A virtual year of Pekalongan-like traffic through a real desk, SLA policy and working calendar,
 * on a virtual clock: arrivals on every channel, staff and units with realistic delays, residents
 * who answer, dispute or stay silent, and the deadline sweep acting on its own. Runs in seconds
 * on the default memory store; with `store` it writes the same complaints (same seed, same year)
 * into that store. Wrong options are an `InvalidConfigError` naming each.
 */
export async function simulate(options: SimulationOptions = {}): Promise<SimulationReport> {
  const year = options.year ?? 2026;
  const complaints = options.complaints ?? 1_200;
  checkOptions(year, complaints, options);
  const random = createRandom(options.seed ?? 1708);
  const calendar = options.calendar ?? createWorkingCalendar();
  const policyInput = typeof options.policy === 'object' ? options.policy : slaPresets[options.policy ?? 'pekalongan'];
  const start = Date.UTC(year, 0, 1) - 7 * HOUR; // 1 January, 00:00 WIB
  let now = start;
  const store = options.store ?? createMemoryStore();
  const desk = createDesk({
    store,
    clock: { now: () => new Date(now) },
    deadlines: createSlaPolicy(policyInput, calendar),
    keepStoreOpen: true,
  });
  const agenda = new Agenda();
  let lateActs = 0;
  const received: string[] = [];
  const play = playComplaint(
    desk,
    agenda,
    random,
    options.units ?? PEKALONGAN_UNITS,
    () => lateActs++,
    (id) => received.push(id),
  );

  const yearDays = (Date.UTC(year + 1, 0, 1) - Date.UTC(year, 0, 1)) / DAY;
  const arrivalMs = Math.min(options.days ?? yearDays, yearDays) * DAY;
  for (let i = 0; i < complaints; i++) {
    const arrival = start + random.next() * arrivalMs;
    agenda.add(arrival, () => play(arrival));
  }

  const end = start + arrivalMs + TAIL_DAYS * DAY;
  const totalDays = Math.round((end - start) / DAY);
  const sweepEvery = (options.sweepEveryHours ?? 3) * HOUR;
  let nextSweep = start + sweepEvery;
  let daysDone = 0;
  try {
    while (Math.min(agenda.nextAt(), nextSweep) <= end) {
      if (nextSweep <= agenda.nextAt()) {
        now = nextSweep;
        nextSweep += sweepEvery;
        await desk.sweep();
      } else {
        now = agenda.nextAt();
        await agenda.take()();
      }
      const day = Math.floor((now - start) / DAY);
      if (day > daysDone) {
        daysDone = day;
        options.onProgress?.(daysDone, totalDays);
      }
    }
    options.onProgress?.(totalDays, totalDays);
    // Read back from the store: the report comes from the histories, whatever the store.
    const streams = new Map<string, StoredEvent[]>();
    const statuses = new Map<string, string>();
    for (const id of received) {
      streams.set(id, await store.doReadStream(id));
      const projection = await store.doLoadProjection(id);
      if (projection) statuses.set(id, projection.status);
    }
    return summarise(streams, statuses, lateActs);
  } finally {
    await desk.close();
    if (options.store === undefined) await store.doClose?.();
  }
}
