import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.topojson': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.parquet': 'application/vnd.apache.parquet',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

/** The file under `root` that `path` names, or null for a path that leaves it. */
function inside(root, path) {
  const base = resolve(root);
  const file = normalize(join(base, path));
  return file === base || file.startsWith(base + sep) ? file : null;
}

/**
 * Serves `root` the way a plain static host does, every response with `headers` (a
 * Content-Security-Policy under test). `folders` puts other folders at paths of their own
 * (`{ 'data/': 'data' }`: the project's data folder at /data/), as a site hosts its figures
 * beside the app. Paths outside the folders are refused. `port` 0 takes a free one.
 */
export async function serveFolder(root, { headers = {}, folders = {}, port = 0 } = {}) {
  const where = (path) => {
    for (const [prefix, folder] of Object.entries(folders)) {
      if (path.startsWith(`/${prefix}`)) return inside(folder, path.slice(prefix.length + 1));
    }
    return inside(root, path);
  };
  const server = createServer((req, res) => {
    void (async () => {
      let file = where(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
      if (file === null) {
        res.writeHead(403, headers).end();
        return;
      }
      try {
        if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
        const body = await readFile(file);
        res.writeHead(200, {
          'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
          ...headers,
        });
        res.end(body);
      } catch {
        res.writeHead(404, headers).end('not found');
      }
    })();
  });
  await new Promise((done) => server.listen(port, '127.0.0.1', done));
  const address = server.address();
  const bound = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${bound}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
