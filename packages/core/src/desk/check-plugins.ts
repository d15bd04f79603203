import { InvalidConfigError, type DeskPlugin, type FieldIssue, type PluginV1, type PluginV2, type StoreV1 } from '@aduan/spec';

/** Plugin names of V2 plugins: they prefix event types (`sign-off/draft-submitted`), so kebab-case only. */
export const PLUGIN_NAME = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const MAX_NAME_LENGTH = 40;

const V1_HOOKS = ['beforeCommand', 'afterEvents'] as const;
const V2_HOOKS = ['setup', 'beforeCommand', 'addEvents', 'afterEvents', 'claimInbound', 'sweep', 'close'] as const;

const SHAPE =
  'must be a PluginV1 ({ specificationVersion: "v1", name, capabilities: { mayReject, commands? }, beforeCommand?, afterEvents? }) ' +
  'or a PluginV2 ({ specificationVersion: "v2", name, capabilities: { mayReject, sendsMessages, commands? }, setup?, ... })';

function hookIssues(plugin: Record<string, unknown>, hooks: readonly string[], path: string): FieldIssue[] {
  return hooks
    .filter((hook) => plugin[hook] !== undefined && typeof plugin[hook] !== 'function')
    .map((hook) => ({ path: `${path}.${hook}`, message: 'must be a function' }));
}

/** A read model is an object with `apply` and, when given, `reset` and `replayed` functions. */
function readModelIssues(plugin: Partial<PluginV2>, path: string): FieldIssue[] {
  const model = plugin.readModel as Record<string, unknown> | null | undefined;
  if (model === undefined) return [];
  if (typeof model !== 'object' || model === null || typeof model['apply'] !== 'function') {
    return [{ path: `${path}.readModel`, message: 'must be an object { apply(events), reset?(), replayed?() }' }];
  }
  return hookIssues(model, ['reset', 'replayed'], `${path}.readModel`);
}

function capabilityIssues(plugin: Partial<PluginV2>, path: string, store: StoreV1): FieldIssue[] {
  const { capabilities } = plugin;
  const v2 = plugin.specificationVersion === 'v2';
  const wanted = v2 ? '{ mayReject: boolean, sendsMessages: boolean, commands?: string[] }' : '{ mayReject: boolean, commands?: string[] }';
  const commandsOk =
    capabilities?.commands === undefined ||
    (Array.isArray(capabilities.commands) && capabilities.commands.every((c) => typeof c === 'string'));
  if (typeof capabilities?.mayReject !== 'boolean' || !commandsOk || (v2 && typeof capabilities.sendsMessages !== 'boolean')) {
    return [{ path: `${path}.capabilities`, message: `plugin "${plugin.name}" must declare ${wanted}` }];
  }
  if (v2 && capabilities.sendsMessages && !store.capabilities.outbox) {
    return [
      {
        path: `${path}.capabilities.sendsMessages`,
        message: `plugin "${plugin.name}" sends messages to residents, but store "${store.provider}" has no outbox`,
      },
    ];
  }
  return [];
}

function pluginIssues(candidate: Partial<PluginV2> | Partial<PluginV1> | null, path: string, store: StoreV1): FieldIssue[] {
  const version = candidate?.specificationVersion;
  if ((version !== 'v1' && version !== 'v2') || typeof candidate?.name !== 'string' || candidate.name === '') {
    return [{ path, message: SHAPE }];
  }
  if (version === 'v2' && (!PLUGIN_NAME.test(candidate.name) || candidate.name.length > MAX_NAME_LENGTH)) {
    return [{ path: `${path}.name`, message: `must be kebab-case, at most ${MAX_NAME_LENGTH} characters; got "${candidate.name}"` }];
  }
  const issues = capabilityIssues(candidate as Partial<PluginV2>, path, store);
  issues.push(...hookIssues(candidate as Record<string, unknown>, version === 'v2' ? V2_HOOKS : V1_HOOKS, path));
  if (version === 'v2') issues.push(...readModelIssues(candidate as Partial<PluginV2>, path));
  return issues;
}

/** Fails fast at start-up, naming every plugin that is neither a valid PluginV1 nor PluginV2, or shares a name. */
export function checkPlugins(plugins: readonly unknown[], store: StoreV1): DeskPlugin[] {
  const issues: FieldIssue[] = [];
  const seen = new Set<string>();
  plugins.forEach((plugin, index) => {
    const candidate = plugin as Partial<PluginV2> | null;
    const found = pluginIssues(candidate, `plugins.${index}`, store);
    issues.push(...found);
    if (found.length > 0 || candidate?.name === undefined) return;
    if (seen.has(candidate.name))
      issues.push({ path: `plugins.${index}.name`, message: `another plugin is already named "${candidate.name}"` });
    seen.add(candidate.name);
  });
  if (issues.length > 0) throw new InvalidConfigError('plugin', issues);
  return plugins as DeskPlugin[];
}
