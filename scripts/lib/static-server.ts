/**
 * A tiny static file server for dist/ (tests, PDF and benchmark scripts): no child process, a free
 * port, and the same URL rules as the real host (directory → index.html, 404.html for misses).
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { withoutBase } from '../../src/lib/site-url.ts';

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

/**
 * Serves `root` on 127.0.0.1 at a free port; with a `base` such as "/aws-ml-study-guide/", under that
 * path only (as a GitHub Pages project site does), and `url` then ends with it (without the slash).
 */
export async function serveStatic(root = 'dist', { base = '/' }: { base?: string } = {}): Promise<StaticServer> {
  const absRoot = path.resolve(root);
  const server: Server = createServer(async (req, res) => {
    const requested = req.url ?? '/';
    const inBase = base === '/' || requested.startsWith(base) || requested === base.slice(0, -1);
    const file = inBase ? await resolveFile(absRoot, withoutBase(base, requested)) : undefined;
    // Read before writeHead: a failure after writeHead(200) would crash with ERR_HTTP_HEADERS_SENT.
    const body = file ? await readFile(file) : await readFile(path.join(absRoot, '404.html')).catch(() => Buffer.from('Not found'));
    res.writeHead(file ? 200 : 404, { 'content-type': TYPES[path.extname(file ?? '.html')] ?? 'application/octet-stream' });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base.replace(/\/$/, '')}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
