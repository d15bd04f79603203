/** The separator of plugin event types and command names (`sign-off/draft-submitted`); lifecycle event types never contain it. */
export const PLUGIN_SEPARATOR = '/';

/** Whether an event type is a plugin's (`<plugin>/<event>`): the machine and the deadline policy never see those. */
export const isPluginEventType = (type: string): boolean => type.includes(PLUGIN_SEPARATOR);
