import { request } from 'node:http';

export interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

export interface RawInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}

/**
 * A request sent exactly as given, which `fetch` will not do: any `Host`
 * header, and a path kept as is (`//x:abc/`, `%E0%A4%A`), like `curl --path-as-is`.
 */
export function rawRequest(base: string, path: string, init: RawInit = {}): Promise<RawAnswer> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const sent = request(
      { host: hostname, port, path, method: init.method ?? 'GET', headers: init.headers ?? {} },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            text: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    sent.on('error', reject);
    sent.end(init.body);
  });
}
