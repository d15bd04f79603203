/**
 * The schemas that validate spec's input types must accept exactly those types: a change on one
 * side without the other fails `pnpm typecheck` here.
 */
import type { Actor, AttachmentRef, ContactDetails, CountFilter, InboundMessageV1, IntakeInput, ListQuery, Location } from '@aduan/spec';
import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { countFilterSchema, listQuerySchema } from '../desk/reads.js';
import type { inboundMessageSchema } from '../inbound/inbound-schema.js';
import type { actorSchema, attachmentSchema, contactSchema, locationSchema } from './common.js';
import type { intakeSchema } from './intake.js';

/** True when each type accepts the other (readonly modifiers aside, which only the spec side states). */
type Mirrors<Schema, Spec> = [Schema] extends [Spec] ? ([Spec] extends [Schema] ? true : false) : false;

describe('schemas mirror the spec types', () => {
  it('intake, list query and count filter', () => {
    expectTypeOf<Mirrors<z.input<typeof intakeSchema>, IntakeInput>>().toEqualTypeOf<true>();
    expectTypeOf<Mirrors<z.input<typeof listQuerySchema>, ListQuery>>().toEqualTypeOf<true>();
    expectTypeOf<Mirrors<z.input<typeof countFilterSchema>, CountFilter>>().toEqualTypeOf<true>();
  });

  it('actor, location, attachment, contact and inbound message', () => {
    expectTypeOf<Mirrors<z.input<typeof actorSchema>, Actor>>().toEqualTypeOf<true>();
    expectTypeOf<Mirrors<z.input<typeof locationSchema>, Location>>().toEqualTypeOf<true>();
    expectTypeOf<Mirrors<z.input<typeof attachmentSchema>, AttachmentRef>>().toEqualTypeOf<true>();
    expectTypeOf<Mirrors<z.input<typeof contactSchema>, ContactDetails>>().toEqualTypeOf<true>();
    expectTypeOf<Mirrors<z.input<typeof inboundMessageSchema>, InboundMessageV1>>().toEqualTypeOf<true>();
  });
});
