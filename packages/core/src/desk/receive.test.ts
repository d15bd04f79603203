import type { InvalidInputError } from '@aduan/spec';
import { describe, expect, it } from 'vitest';
import {
  CONTACT,
  coordinator,
  createHarness,
  expectAduanError,
  officerA,
  otherResident,
  resident,
  sampleIntake,
} from '../test-support/harness.js';

describe('desk.receive', () => {
  it('registers a complaint as received, version 1, with a tracking number', async () => {
    const { desk, store } = createHarness();
    const { complaint, duplicate } = await desk.receive(resident, sampleIntake());

    expect(duplicate).toBe(false);
    expect(complaint).toMatchObject({ status: 'received', version: 1, channel: 'whatsapp', title: 'Jalan berlubang di Jl. Merdeka' });
    expect(complaint.trackingNumber).toMatch(/^ADU-250303-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
    const { events, projections } = store.contents();
    expect(events.map((event) => event.type)).toEqual(['complaint-received']);
    expect(projections.map((projection) => projection.id)).toEqual([complaint.id]);
  });

  it('keeps a complaint anonim and rahasia unless the intake says otherwise', async () => {
    const { desk } = createHarness();
    const unflagged = await desk.receive(coordinator, sampleIntake());
    const open = await desk.receive(coordinator, sampleIntake({ anonim: false, rahasia: false }));

    expect(unflagged.complaint).toMatchObject({ anonim: true, rahasia: true });
    expect(open.complaint).toMatchObject({ anonim: false, rahasia: false });
  });

  it('refuses an invalid intake naming every bad field, and stores nothing', async () => {
    const { desk, store } = createHarness();
    const intake = {
      channel: 'web',
      title: '   ',
      description: 'Sampah menumpuk',
      classification: 'keluhan',
      location: { lat: -6.88 },
      attachments: [{ url: 'not a url' }],
      contact: { phone: 'call me' },
      priority: 'high',
    };

    const error = await expectAduanError(desk.receive(resident, intake as never), 'invalid_input');

    const paths = (error as InvalidInputError).issues.map((issue) => issue.path);
    expect(paths).toEqual(expect.arrayContaining(['title', 'classification', 'location.lat', 'attachments.0.url', 'contact.phone', '']));
    for (const path of ['title', 'classification', 'location.lat', 'attachments.0.url', 'contact.phone']) {
      expect(error.message).toContain(`${path}:`);
    }
    expect(error.message).toContain('priority');
    expect(store.contents()).toEqual({
      events: [],
      projections: [],
      identities: [],
      dedupeKeys: [],
      externalRefs: [],
      outbox: [],
      contactKeys: [],
      quarantine: [],
    });
  });

  it('refuses an actor that is not well formed before anything else', async () => {
    const { desk, store } = createHarness();
    const error = await expectAduanError(desk.receive({ id: 'x', role: 'unit_officer' }, sampleIntake()), 'invalid_input');

    expect(error.message).toContain('unitId: petugas unit harus menyertakan unitId');
    expect(store.contents().events).toEqual([]);
  });

  it('does not let a unit officer register complaints', async () => {
    const { desk, store } = createHarness();
    const error = await expectAduanError(desk.receive(officerA, sampleIntake()), 'forbidden');

    expect(error.message).toContain('role "unit_officer" cannot receive');
    expect(store.contents().events).toEqual([]);
  });

  it('stores the identity apart from the event, which carries only the complainant id', async () => {
    const { desk, store } = createHarness();
    const { complaint } = await desk.receive(resident, sampleIntake());
    const { events, identities } = store.contents();

    expect(identities).toEqual([{ complainantId: resident.id, ...CONTACT }]);
    expect(events[0]?.payload['complainantId']).toBe(resident.id);
    expect(events[0]?.payload).not.toHaveProperty('contact');
    expect(complaint.complainantId).toBe(resident.id);
  });

  it('files a complainant’s own report under their id, whatever id the intake names', async () => {
    const { desk } = createHarness();
    const { complaint } = await desk.receive(resident, sampleIntake({ complainantId: otherResident.id }));

    expect(complaint.complainantId).toBe(resident.id);
  });

  it('lets an officer file for a returning resident, and issues a new id otherwise', async () => {
    const { desk } = createHarness();
    const returning = await desk.receive(coordinator, sampleIntake({ complainantId: resident.id, contact: {} }));
    const first = await desk.receive(coordinator, sampleIntake());
    const second = await desk.receive(coordinator, sampleIntake());

    expect(returning.complaint.complainantId).toBe(resident.id);
    expect(first.complaint.complainantId).not.toBe(second.complaint.complainantId);
  });
});

describe('desk.receive deduplication by channel message id', () => {
  const message = { channel: 'whatsapp', channelMessageId: 'wamid.HBgLNjI4MTIzNDU2Nzg5MBUCABIYFjNFQjA' };

  it('yields one complaint when the same message arrives twice', async () => {
    const { desk, store } = createHarness();
    const first = await desk.receive(resident, sampleIntake(message));
    const again = await desk.receive(resident, sampleIntake(message));

    expect(again).toEqual({ complaint: first.complaint, duplicate: true });
    expect(store.contents().events).toHaveLength(1);
    expect(store.contents().dedupeKeys).toEqual([
      { channel: 'whatsapp', messageId: message.channelMessageId, complaintId: first.complaint.id },
    ]);
  });

  it('yields one complaint when both deliveries arrive at once', async () => {
    const { desk, store } = createHarness();
    const outcomes = await Promise.all([desk.receive(resident, sampleIntake(message)), desk.receive(resident, sampleIntake(message))]);

    expect(outcomes.map((outcome) => outcome.duplicate).sort()).toEqual([false, true]);
    expect(outcomes[0]?.complaint.id).toBe(outcomes[1]?.complaint.id);
    expect(store.contents().events).toHaveLength(1);
    expect(store.contents().projections).toHaveLength(1);
  });

  it('does not hand another complainant’s complaint back for a reused message id', async () => {
    const { desk, store } = createHarness();
    await desk.receive(resident, sampleIntake({ ...message, rahasia: true }));

    const error = await expectAduanError(desk.receive(otherResident, sampleIntake(message)), 'forbidden');

    expect(error.message).toContain('belongs to another complainant');
    expect(store.contents().projections).toHaveLength(1);
  });

  it('hands the existing complaint back to a coordinator re-entering a message', async () => {
    const { desk } = createHarness();
    const first = await desk.receive(resident, sampleIntake(message));

    expect(await desk.receive(coordinator, sampleIntake(message))).toMatchObject({
      duplicate: true,
      complaint: { id: first.complaint.id },
    });
  });

  it('treats the same message id on two channels as two messages', async () => {
    const { desk, store } = createHarness();
    await desk.receive(resident, sampleIntake(message));
    await desk.receive(resident, sampleIntake({ ...message, channel: 'sms' }));

    expect(store.contents().projections).toHaveLength(2);
  });
});
