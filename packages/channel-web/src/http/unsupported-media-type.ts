import { AduanError } from '@aduan/spec';

/**
 * A body in a content type the route does not read (HTTP 415). Its own class because the desk also
 * uses the `unsupported` code, for faults of the server that must stay a 500.
 */
export class UnsupportedMediaTypeError extends AduanError {
  constructor(received: string | undefined, accepted: readonly string[]) {
    super('unsupported', `Content-Type "${received ?? '(none)'}" is not accepted; send ${accepted.join(', ')}`, { details: { accepted } });
    this.name = 'UnsupportedMediaTypeError';
  }
}
