/**
 * Where adapters report what a caller cannot see in a return value (a reply whose fate is in
 * doubt, a webhook entry that was skipped). Lines must never carry a resident's name, number or
 * words: name the provider's ids and the field paths instead. Structurally compatible with
 * `console` and with most structured loggers through a one-line wrapper.
 */
export interface AdapterLogger {
  info(message: string, fields?: Readonly<Record<string, unknown>>): void;
  warn(message: string, fields?: Readonly<Record<string, unknown>>): void;
  error(message: string, fields?: Readonly<Record<string, unknown>>): void;
}

/** The default logger: says nothing. Pass your own to see the adapters' warnings. */
export const silentLogger: AdapterLogger = {
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};
