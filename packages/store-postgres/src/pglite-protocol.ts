/**
 * The few frontend messages of PostgreSQL's extended query protocol that running a prepared
 * statement on PGlite needs (https://www.postgresql.org/docs/current/protocol-message-formats.html).
 * All values travel in text format.
 */

/** Execute (the unnamed portal, every row) then Sync, which ends the exchange: after an error the server skips to it. */
const EXECUTE_AND_SYNC = Buffer.from([0x45, 0, 0, 0, 9, 0, 0, 0, 0, 0, 0x53, 0, 0, 0, 4]);

/** Bytes of one message, written front to back into a buffer sized up front. */
class MessageWriter {
  private offset = 0;

  constructor(private readonly buffer: Buffer) {}

  /** Starts a message: its type byte and its length, the length field included. */
  begin(type: string, length: number): this {
    this.buffer[this.offset] = type.charCodeAt(0);
    this.buffer.writeInt32BE(length, this.offset + 1);
    this.offset += 5;
    return this;
  }

  byte(char: string): this {
    this.buffer[this.offset++] = char.charCodeAt(0);
    return this;
  }

  int16(value: number): this {
    this.offset = this.buffer.writeInt16BE(value, this.offset);
    return this;
  }

  /** A NUL-terminated string. */
  cstring(text: string): this {
    this.offset += this.buffer.write(text, this.offset, 'utf8');
    this.buffer[this.offset++] = 0;
    return this;
  }

  /** A length-prefixed value; null is length -1. */
  value(text: string | null): this {
    if (text === null) {
      this.offset = this.buffer.writeInt32BE(-1, this.offset);
      return this;
    }
    const length = this.buffer.write(text, this.offset + 4, 'utf8');
    this.buffer.writeInt32BE(length, this.offset);
    this.offset += 4 + length;
    return this;
  }

  bytes(bytes: Uint8Array): this {
    this.buffer.set(bytes, this.offset);
    this.offset += bytes.length;
    return this;
  }

  finish(): Uint8Array {
    return this.buffer;
  }
}

const cstringLength = (text: string) => Buffer.byteLength(text, 'utf8') + 1;

/** Describe of the named statement and Sync: its parameter types and row description (or NoData). */
export function describeMessages(statement: string): Uint8Array {
  const describeLength = 4 + 1 + cstringLength(statement);
  return new MessageWriter(Buffer.alloc(1 + describeLength + 5))
    .begin('D', describeLength)
    .byte('S')
    .cstring(statement)
    .begin('S', 4)
    .finish();
}

/** Parse (`sql` as the named statement, every parameter's type left to the server), then `describeMessages`. */
export function prepareMessages(statement: string, sql: string): Uint8Array {
  const parseLength = 4 + cstringLength(statement) + cstringLength(sql) + 2;
  const parse = new MessageWriter(Buffer.alloc(1 + parseLength)).begin('P', parseLength).cstring(statement).cstring(sql).int16(0).finish();
  return Buffer.concat([parse, describeMessages(statement)]);
}

/** Bind (the unnamed portal over the named statement, values and results in text format), Execute and Sync. */
export function runMessages(statement: string, values: readonly (string | null)[]): Uint8Array {
  let bindLength = 4 + 1 + cstringLength(statement) + 2 + 2 + 2;
  for (const value of values) bindLength += 4 + (value === null ? 0 : Buffer.byteLength(value, 'utf8'));
  const writer = new MessageWriter(Buffer.allocUnsafe(1 + bindLength + EXECUTE_AND_SYNC.length))
    .begin('B', bindLength)
    .cstring('')
    .cstring(statement)
    .int16(0)
    .int16(values.length);
  for (const value of values) writer.value(value);
  return writer.int16(0).bytes(EXECUTE_AND_SYNC).finish();
}
