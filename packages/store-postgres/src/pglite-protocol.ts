/**
 * The few frontend messages of PostgreSQL's extended query protocol that running a prepared
 * statement on PGlite needs (https://www.postgresql.org/docs/current/protocol-message-formats.html).
 * All values travel in text format.
 */

const utf8 = new TextEncoder();

/** Bytes of a message body, written field by field. */
class MessageWriter {
  private readonly chunks: Uint8Array[] = [];
  private length = 0;

  /** One ASCII character as a byte. */
  byte(char: string): this {
    return this.push(new Uint8Array([char.charCodeAt(0)]));
  }

  int16(value: number): this {
    return this.push(new Uint8Array([(value >> 8) & 0xff, value & 0xff]));
  }

  int32(value: number): this {
    return this.push(new Uint8Array([(value >>> 24) & 0xff, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff]));
  }

  /** A NUL-terminated string. */
  cstring(text: string): this {
    return this.push(utf8.encode(text)).push(new Uint8Array(1));
  }

  /** A length-prefixed value; null is length -1. */
  value(text: string | null): this {
    if (text === null) return this.int32(-1);
    const bytes = utf8.encode(text);
    return this.int32(bytes.length).push(bytes);
  }

  /** The message: its type byte, its length (itself included) and the body. */
  finish(type: string): Uint8Array {
    const message = new Uint8Array(5 + this.length);
    message[0] = type.charCodeAt(0);
    new DataView(message.buffer).setInt32(1, 4 + this.length);
    let offset = 5;
    for (const chunk of this.chunks) {
      message.set(chunk, offset);
      offset += chunk.length;
    }
    return message;
  }

  private push(chunk: Uint8Array): this {
    this.chunks.push(chunk);
    this.length += chunk.length;
    return this;
  }
}

/** Parse: prepares `sql` as the named statement, letting the server infer every parameter's type. */
export const parseMessage = (statement: string, sql: string): Uint8Array =>
  new MessageWriter().cstring(statement).cstring(sql).int16(0).finish('P');

/** Describe of a statement: answers with its parameter types and its row description (or NoData). */
export const describeStatementMessage = (statement: string): Uint8Array => new MessageWriter().byte('S').cstring(statement).finish('D');

/** Bind: the unnamed portal over the named statement, parameters and results in text format. */
export function bindMessage(statement: string, values: readonly (string | null)[]): Uint8Array {
  const writer = new MessageWriter().cstring('').cstring(statement).int16(0).int16(values.length);
  for (const value of values) writer.value(value);
  return writer.int16(0).finish('B');
}

/** Execute: runs the unnamed portal to completion. */
export const executeMessage = (): Uint8Array => new MessageWriter().cstring('').int32(0).finish('E');

/** Sync: ends the exchange; after an error the server skips everything up to here. */
export const syncMessage = (): Uint8Array => new MessageWriter().finish('S');

/** The messages, one after another, as one buffer. */
export function concatMessages(messages: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(messages.reduce((total, message) => total + message.length, 0));
  let offset = 0;
  for (const message of messages) {
    out.set(message, offset);
    offset += message.length;
  }
  return out;
}
