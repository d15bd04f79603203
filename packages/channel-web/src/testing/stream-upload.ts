import { request } from 'node:http';

export interface UploadResult {
  status: number;
  body: string;
  /** Bytes the client had handed to the socket when the response arrived. */
  written: number;
}

/**
 * Posts a chunked body of `totalBytes`, writing with backpressure until the server answers; stops
 * sending as soon as the response arrives (as a browser does on an early 413).
 */
export function streamUpload(url: string, totalBytes: number, headers: Record<string, string>, chunkBytes = 64 * 1024): Promise<UploadResult> {
  return new Promise((resolve, reject) => {
    const chunk = Buffer.alloc(chunkBytes, 'a');
    const req = request(url, { method: 'POST', headers });
    let written = 0;
    let answered = false;
    req.on('response', (res) => {
      answered = true;
      const parts: Buffer[] = [];
      res.on('data', (part: Buffer) => parts.push(part));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(parts).toString('utf8'), written }));
      res.on('error', reject);
    });
    // Once answered, the server may close the socket under our remaining upload: that is expected.
    req.on('error', (error) => {
      if (!answered) reject(error);
    });
    const pump = (): void => {
      while (!answered && written < totalBytes) {
        written += chunk.byteLength;
        if (!req.write(chunk)) {
          req.once('drain', pump);
          return;
        }
      }
      if (!answered) req.end();
    };
    pump();
  });
}
