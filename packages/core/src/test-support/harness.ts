/**
 * Shared set-up for the core's own tests (not exported, not built): a desk on a memory store with
 * a virtual clock, the cast of actors, a sample intake, and walks to each lifecycle state.
 */
import { AduanError, type Actor, type AduanErrorCode, type Clock } from '@aduan/spec';
import { expect } from 'vitest';
import { createDesk, createMemoryStore, type Desk, type DeskOptions, type IntakeInput, type MemoryStore } from '../index.js';

export const MINUTE_MS = 60 * 1000;
export const DAY_MS = 24 * 60 * MINUTE_MS;
/** Monday 3 March 2025, 09:00 WIB. */
export const START = '2025-03-03T02:00:00.000Z';

/** A clock that moves only when a test moves it. */
export interface TestClock extends Clock {
  advance(ms: number): Date;
  set(instant: Date | string): Date;
}

export function createTestClock(start: Date | string = START): TestClock {
  let current = new Date(start);
  return {
    now: () => new Date(current),
    advance: (ms) => (current = new Date(current.getTime() + ms)),
    set: (instant) => (current = new Date(instant)),
  };
}

export const UNIT_A = 'dinas-pupr';
export const UNIT_B = 'puskesmas-bendan';

export const coordinator = { id: 'admin-dinkominfo', role: 'coordinator' } as const satisfies Actor;
export const system = { id: 'sla-sweep', role: 'system' } as const satisfies Actor;
export const officerA = { id: 'penghubung-pupr', role: 'unit_officer', unitId: UNIT_A } as const satisfies Actor;
export const officerB = { id: 'penghubung-bendan', role: 'unit_officer', unitId: UNIT_B } as const satisfies Actor;
export const resident = { id: 'warga-budi', role: 'complainant' } as const satisfies Actor;
export const otherResident = { id: 'warga-siti', role: 'complainant' } as const satisfies Actor;

export const CONTACT = { name: 'Budi Santoso', phone: '+62 812 3456 7890', whatsapp: '6281234567890', email: 'budi@example.id' };

export function sampleIntake(overrides: Partial<IntakeInput> = {}): IntakeInput {
  return {
    channel: 'whatsapp',
    title: 'Jalan berlubang di Jl. Merdeka',
    description: 'Lubang besar di depan SD Negeri 1, sudah dua minggu belum ditambal.',
    category: 'infrastruktur',
    contact: CONTACT,
    ...overrides,
  };
}

export interface Harness {
  desk: Desk;
  store: MemoryStore;
  clock: TestClock;
}

export function createHarness(options: Partial<DeskOptions> = {}): Harness {
  const store = createMemoryStore();
  const clock = createTestClock();
  return { store, clock, desk: createDesk({ store, clock, ...options }) };
}

/** Files a complaint as the resident themselves; returns its id. */
export async function fileComplaint(desk: Desk, overrides: Partial<IntakeInput> = {}, actor: Actor = resident): Promise<string> {
  const { complaint } = await desk.receive(actor, sampleIntake(overrides));
  return complaint.id;
}

export type WalkTarget = 'verified' | 'disposed' | 'responded' | 'resolved';

/** Moves a received complaint along the main road to `target`, disposing it to `unitId`. */
export async function walkTo(desk: Desk, complaintId: string, target: WalkTarget, unitId: string = UNIT_A): Promise<void> {
  await desk.verify(coordinator, { complaintId, classification: 'pengaduan' });
  if (target === 'verified') return;
  await desk.dispose(coordinator, { complaintId, unitId });
  if (target === 'disposed') return;
  await desk.respond(
    { id: `penghubung-${unitId}`, role: 'unit_officer', unitId },
    { complaintId, message: 'Sudah ditambal pada hari Senin.' },
  );
  if (target === 'responded') return;
  await desk.confirm(coordinator, { complaintId });
}

/** Awaits a call that must fail with an AduanError of `code`; returns the error for further checks. */
export async function expectAduanError(promise: Promise<unknown>, code: AduanErrorCode): Promise<AduanError> {
  const outcome = await promise.then(
    (value: unknown) => ({ value }),
    (error: unknown) => ({ error }),
  );
  if (!('error' in outcome)) throw new Error(`expected an AduanError "${code}", but the call succeeded`);
  expect(AduanError.isInstance(outcome.error), `expected an AduanError "${code}", got ${String(outcome.error)}`).toBe(true);
  const error = outcome.error as AduanError;
  expect(error.code, error.message).toBe(code);
  return error;
}
