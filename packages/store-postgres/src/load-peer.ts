import { AduanError } from '@aduan/spec';

/**
 * Imports an optional peer dependency on first use, so that users of one driver never need the
 * other one installed. A missing package becomes a typed error that says what to install.
 */
export async function loadPeer<T>(name: string, load: () => Promise<T>, purpose: string): Promise<T> {
  try {
    return await load();
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    if (code !== 'ERR_MODULE_NOT_FOUND' && code !== 'MODULE_NOT_FOUND') throw error;
    throw new AduanError('invalid_config', `@aduan/store-postgres needs the package "${name}" ${purpose}. Install it: npm install ${name}`, {
      cause: error,
      details: { package: name },
    });
  }
}
