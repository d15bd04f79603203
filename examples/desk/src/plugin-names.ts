/** The plugins a city may switch on with `ADUAN_PLUGINS`, by their names on the desk. */
export const PLUGIN_NAMES = ['reply-review', 'duplicates', 'satisfaction', 'sign-off', 'templates'] as const;

export type PluginName = (typeof PLUGIN_NAMES)[number];

/**
 * Switched on when `ADUAN_PLUGINS` is not set: everything that needs no per-city settings.
 * Sign-off needs the units that approve answers (`ADUAN_SIGN_OFF_UNITS`), so it is switched on by name only.
 */
export const DEFAULT_PLUGINS: readonly PluginName[] = ['reply-review', 'duplicates', 'satisfaction', 'templates'];

/** `ADUAN_REPLY_HOLD_BACK`: the least severe finding that holds a reply back; `never` only records findings. */
export const REPLY_HOLD_BACKS = ['high', 'medium', 'low', 'never'] as const;

export type ReplyHoldBack = (typeof REPLY_HOLD_BACKS)[number];
