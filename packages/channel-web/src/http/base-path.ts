import { InvalidConfigError } from '@aduan/spec';

/**
 * Normalises the path a handler is mounted at: `''` (the root) or `/a/b` without a trailing slash.
 * Mount helpers hand over the full request path, so this must equal the mount point.
 */
export function normalizeBasePath(basePath: string | undefined, option = 'basePath'): string {
  if (basePath === undefined || basePath === '' || basePath === '/') return '';
  if (!/^(\/[A-Za-z0-9._~-]+)+\/?$/.test(basePath)) {
    throw new InvalidConfigError('web handler options', [
      { path: option, message: `"${basePath}" must be a path such as /aduan (letters, digits, . _ ~ -)` },
    ]);
  }
  return basePath.replace(/\/$/, '');
}

/** The request path below the base path, or undefined when the request is outside it. */
export function pathBelow(request: Request, basePath: string): string | undefined {
  const { pathname } = new URL(request.url);
  if (basePath === '') return pathname;
  if (pathname !== basePath && !pathname.startsWith(`${basePath}/`)) return undefined;
  return pathname.slice(basePath.length) || '/';
}
