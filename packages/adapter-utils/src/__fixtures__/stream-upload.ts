import { request } from 'node:http';

export interface UploadResult {
  status: number;
  body: string;
  /** The response's `Connection` header: `close` when the server will not read the rest. */
  connection: string | undefined;
  /** Bytes the client had handed to the socket when it stopped sending. */
  written: number;
}

export interface UploadOptions {
  method?: string;
  chunkBytes?: number;
  /**
   * Go on sending after the response arrived, as an attacker would, until the server closes the
   * connection or everything is sent. Default false: stop at the response, as a browser does on an
   * early 413.
   */
  keepSending?: boolean;
}

/**
 * Sends a chunked body of `totalBytes` (with POST unless `method` says otherwise), writing with
 * backpressure, and reports the response and how much the client got to send.
 */
export function streamUpload(
  url: string,
  totalBytes: number,
  headers: Record<string, string>,
  options: UploadOptions = {},
): Promise<UploadResult> {
  return new Promise((resolve, reject) => {
    const chunk = Buffer.alloc(options.chunkBytes ?? 64 * 1024, 'a');
    // Node frames GET and DELETE bodies only when told to use chunked encoding.
    const req = request(url, { method: options.method ?? 'POST', headers: { 'transfer-encoding': 'chunked', ...headers } });
    let written = 0;
    let answered = false;
    let response: Omit<UploadResult, 'written'> | undefined;
    let sendingDone = false;
    const settle = () => {
      if (response && (sendingDone || !options.keepSending)) resolve({ ...response, written });
    };
    const stopSending = () => {
      sendingDone = true;
      settle();
    };
    req.on('response', (res) => {
      answered = true;
      const parts: Buffer[] = [];
      res.on('data', (part: Buffer) => parts.push(part));
      res.on('end', () => {
        response = { status: res.statusCode ?? 0, body: Buffer.concat(parts).toString('utf8'), connection: res.headers.connection };
        settle();
      });
      res.on('error', reject);
    });
    // Once answered, the server may close the socket under our remaining upload: that is expected.
    req.on('error', (error) => {
      if (answered) stopSending();
      else reject(error);
    });
    req.on('close', stopSending);
    const sending = () => !req.destroyed && (options.keepSending || !answered);
    const pump = (): void => {
      while (sending() && written < totalBytes) {
        written += chunk.byteLength;
        if (!req.write(chunk)) {
          req.once('drain', pump);
          return;
        }
      }
      if (sending()) req.end(stopSending);
    };
    pump();
  });
}
