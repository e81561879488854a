import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, launchWithExtension } from './fixtures.ts';

/** The real webmail hosts, answered by a local https server: the static content script matches them as it would in real use. */
export const WEBMAIL_HOSTS = ['mail.google.com', 'outlook.live.com'] as const;

const PAGES_DIR = fileURLToPath(new URL('../../fixtures/pages/webmail/', import.meta.url));

export interface WebmailServer {
  port: number;
  /** `https://mail.google.com/mail/u/0/gmail-thread.html` and so on: any path, the file is its last segment. */
  url(host: (typeof WEBMAIL_HOSTS)[number], page: string): string;
  close(): Promise<void>;
}

function selfSignedCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(path.join(tmpdir(), 'parley-cert-'));
  try {
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=parley-test',
      '-addext', `subjectAltName=${WEBMAIL_HOSTS.map((host) => `DNS:${host}`).join(',')}`,
      '-keyout', path.join(dir, 'key.pem'), '-out', path.join(dir, 'cert.pem'),
    ], { stdio: 'ignore' });
    return { key: readFileSync(path.join(dir, 'key.pem')), cert: readFileSync(path.join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function startWebmailServer(): Promise<WebmailServer> {
  const server = createServer(selfSignedCertificate(), (req, res) => {
    const name = path.basename(new URL(req.url ?? '/', 'https://localhost').pathname);
    readFile(path.join(PAGES_DIR, name))
      .then((content) => {
        const type = name.endsWith('.js') ? 'text/javascript' : 'text/html';
        res.writeHead(200, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' });
        res.end(content);
      })
      .catch(() => {
        res.writeHead(404, { 'content-type': 'text/plain' });
        res.end('Not found');
      });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    url: (host, page) => `https://${host}/mail/u/0/${page}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * Parley's fixtures, with Chromium resolving the webmail hosts to the local https server
 * (mail.google.com is HSTS-preloaded, so it has to be https) and accepting its certificate.
 */
export const test = base.extend<{ webmail: WebmailServer }>({
  webmail: async ({}, use) => {
    const server = await startWebmailServer();
    await use(server);
    await server.close();
  },
  context: async ({ userDataDir, uiLanguage, webmail }, use) => {
    const rules = WEBMAIL_HOSTS.map((host) => `MAP ${host} 127.0.0.1:${webmail.port}`).join(', ');
    const context = await launchWithExtension(userDataDir, uiLanguage, [`--host-resolver-rules=${rules}`, '--ignore-certificate-errors']);
    await use(context);
    await context.close();
  },
});

export { expect } from './fixtures.ts';
