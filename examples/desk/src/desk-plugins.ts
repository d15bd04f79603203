import { duplicates } from '@aduan/plugin-duplicates';
import { replyReview } from '@aduan/plugin-reply-review';
import { satisfaction } from '@aduan/plugin-satisfaction';
import { signOff } from '@aduan/plugin-sign-off';
import { templates } from '@aduan/plugin-templates';
import type { PluginV2 } from '@aduan/spec';
import { createPostgresTemplateStore, type PostgresTemplateStore, type SqlStore } from '@aduan/store-postgres';
import type { DeskConfig } from './config.js';
import type { PluginName } from './plugin-names.js';
import { UNITS } from './units.js';

/** The authority every answer and template names. */
const AUTHORITY = 'Pemerintah Kota Pekalongan';

/** The plugins for `createDesk`, and the template store to close with the desk (when templates are on). */
export interface DeskPlugins {
  plugins: PluginV2[];
  templateStore: PostgresTemplateStore | undefined;
}

/**
 * Builds the plugins the city switched on (`ADUAN_PLUGINS`), in the order given. Templates live in
 * the desk's own database; reply review knows the units' names so it can check an answer's closing;
 * sign-off holds back answers in `ADUAN_SIGN_OFF_UNITS` until a supervisor of the unit approves them.
 */
export function createDeskPlugins(config: Pick<DeskConfig, 'plugins' | 'replyHoldBack' | 'signOffUnits'>, store: SqlStore): DeskPlugins {
  let templateStore: PostgresTemplateStore | undefined;
  const unitNames = Object.fromEntries(UNITS.map((unit) => [unit.id, unit.name]));
  const build: Record<PluginName, () => PluginV2> = {
    'reply-review': () =>
      replyReview({
        holdBack: config.replyHoldBack,
        // "DPUPR", "DINKES": the short names officers sign with (ids with a hyphen have none).
        units: Object.fromEntries(
          UNITS.map((unit) => [unit.id, { name: unit.name, aliases: unit.id.includes('-') ? [] : [unit.id.toUpperCase()] }]),
        ),
      }),
    duplicates: () => duplicates(),
    satisfaction: () => satisfaction(),
    'sign-off': () => signOff({ units: Object.fromEntries(config.signOffUnits.map((unitId) => [unitId, {}])) }),
    templates: () => {
      templateStore = createPostgresTemplateStore(store);
      return templates({ store: templateStore, authority: AUTHORITY, unitNames });
    },
  };
  const plugins = config.plugins.map((name) => build[name]());
  return { plugins, templateStore };
}
