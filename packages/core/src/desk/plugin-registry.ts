import {
  ACTOR_ROLES,
  InvalidConfigError,
  type FieldIssue,
  type PluginCommandV2,
  type PluginEventTypeV2,
  type PluginSetupContextV2,
  type PluginV2,
} from '@aduan/spec';
import { PLUGIN_SEPARATOR } from '../support/plugin-event-type.js';
import { PLUGIN_NAME } from './check-plugins.js';

const MAX_NAME_LENGTH = 60;

/** An event type a plugin declared, under its full type `<plugin>/<name>`. */
export interface RegisteredEventType {
  plugin: PluginV2;
  type: PluginEventTypeV2;
}

/** A command a plugin declared, under its full name `<plugin>/<name>`. */
export interface RegisteredCommand {
  plugin: PluginV2;
  command: PluginCommandV2;
}

function nameIssue(name: unknown, path: string): FieldIssue[] {
  if (typeof name === 'string' && PLUGIN_NAME.test(name) && name.length <= MAX_NAME_LENGTH) return [];
  return [{ path: `${path}.name`, message: `must be kebab-case, at most ${MAX_NAME_LENGTH} characters; got ${JSON.stringify(name)}` }];
}

function eventTypeIssues(type: Partial<PluginEventTypeV2> | null, path: string): FieldIssue[] {
  if (typeof type !== 'object' || type === null) return [{ path, message: 'must be a PluginEventTypeV2 { name, schemaVersion, check }' }];
  const issues = nameIssue(type.name, path);
  if (!Number.isInteger(type.schemaVersion) || (type.schemaVersion as number) < 1)
    issues.push({ path: `${path}.schemaVersion`, message: 'must be a whole number from 1' });
  if (typeof type.check !== 'function') issues.push({ path: `${path}.check`, message: 'must be a function' });
  const { personal } = type;
  const personalOk =
    personal === undefined ||
    typeof personal === 'boolean' ||
    (Array.isArray(personal) && personal.every((member) => typeof member === 'string' && member !== ''));
  if (!personalOk) issues.push({ path: `${path}.personal`, message: 'must be a boolean or a list of payload member names' });
  if (type.shownToComplainant !== undefined && typeof type.shownToComplainant !== 'boolean')
    issues.push({ path: `${path}.shownToComplainant`, message: 'must be a boolean' });
  return issues;
}

function commandIssues(command: Partial<PluginCommandV2> | null, path: string): FieldIssue[] {
  if (typeof command !== 'object' || command === null) return [{ path, message: 'must be a PluginCommandV2 { name, roles, check, run }' }];
  const issues = nameIssue(command.name, path);
  const roles = command.roles;
  if (!Array.isArray(roles) || roles.length === 0 || !roles.every((role) => (ACTOR_ROLES as readonly string[]).includes(role)))
    issues.push({ path: `${path}.roles`, message: `must list one or more of: ${ACTOR_ROLES.join(', ')}` });
  if (typeof command.check !== 'function') issues.push({ path: `${path}.check`, message: 'must be a function' });
  if (typeof command.run !== 'function') issues.push({ path: `${path}.run`, message: 'must be a function' });
  return issues;
}

/**
 * The event types and commands V2 plugins declared. Declarations are taken only while the plugins
 * set up; afterwards the registry is sealed and every lookup is a map read.
 */
export class PluginRegistry {
  private readonly eventTypes = new Map<string, RegisteredEventType>();
  private readonly commands = new Map<string, RegisteredCommand>();
  private sealed = false;

  /** The two registration functions a plugin's setup context carries. */
  registrar(plugin: PluginV2): Pick<PluginSetupContextV2, 'registerEventType' | 'registerCommand'> {
    const refuseWhenSealed = (what: string) => {
      if (this.sealed) {
        throw new InvalidConfigError('plugin', [{ path: `${plugin.name}.${what}`, message: 'may be called only during setup' }]);
      }
    };
    return {
      registerEventType: (type) => {
        refuseWhenSealed('registerEventType');
        const path = `${plugin.name}.registerEventType`;
        const issues = eventTypeIssues(type, path);
        const full = `${plugin.name}${PLUGIN_SEPARATOR}${type?.name}`;
        if (issues.length === 0 && this.eventTypes.has(full)) issues.push({ path, message: `event type "${full}" is already registered` });
        if (issues.length > 0) throw new InvalidConfigError('plugin event type', issues);
        this.eventTypes.set(full, { plugin, type });
      },
      registerCommand: (command) => {
        refuseWhenSealed('registerCommand');
        const path = `${plugin.name}.registerCommand`;
        const issues = commandIssues(command, path);
        const full = `${plugin.name}${PLUGIN_SEPARATOR}${command?.name}`;
        if (issues.length === 0 && this.commands.has(full)) issues.push({ path, message: `command "${full}" is already registered` });
        if (issues.length > 0) throw new InvalidConfigError('plugin command', issues);
        this.commands.set(full, { plugin, command });
      },
    };
  }

  /** Ends registration (every plugin has set up). */
  seal(): void {
    this.sealed = true;
  }

  /** The declaration of a full event type (`sign-off/draft-submitted`), if any plugin made it. */
  eventType(fullType: string): RegisteredEventType | undefined {
    return this.eventTypes.get(fullType);
  }

  /** The declaration of a plugin's command, if it made one. */
  command(plugin: string, name: string): RegisteredCommand | undefined {
    return this.commands.get(`${plugin}${PLUGIN_SEPARATOR}${name}`);
  }
}
