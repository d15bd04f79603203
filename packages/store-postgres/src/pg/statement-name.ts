import { createHash } from 'node:crypto';

/** A prepared statement's name, unique per text within a session: derived from the text. */
export const statementName = (sql: string): string => `aduan_${createHash('sha256').update(sql).digest('hex').slice(0, 24)}`;
