/**
 * A tiny static file server for dist/ (tests, PDF and benchmark scripts): no child process, a free
 * port, and the same URL rules as the real host (directory → index.html, 404.html for misses).
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.woff2': 'font/woff2',
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

async function resolveFile(root: string, urlPath: string): Promise<string | undefined> {
  const clean = path.normalize(decodeURIComponent(urlPath.split('?')[0]!)).replace(/^(\.\.[/\\])+/, '');
  let file = path.join(root, clean);
  if (!file.startsWith(root)) return undefined;
  try {
    if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
    await stat(file);
    return file;
  } catch {
    return undefined;
  }
}

/** Serves `root` on 127.0.0.1 at a free port. */
export async function serveStatic(root = 'dist'): Promise<StaticServer> {
  const absRoot = path.resolve(root);
  const server: Server = createServer(async (req, res) => {
    const file = await resolveFile(absRoot, req.url ?? '/');
    // Read before writeHead: a failure after writeHead(200) would crash with ERR_HTTP_HEADERS_SENT.
    const body = file ? await readFile(file) : await readFile(path.join(absRoot, '404.html')).catch(() => Buffer.from('Not found'));
    res.writeHead(file ? 200 : 404, { 'content-type': TYPES[path.extname(file ?? '.html')] ?? 'application/octet-stream' });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
