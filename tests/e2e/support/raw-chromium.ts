import { chromium } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromiumArgs, chromiumExecutable, extensionDir } from './browser.ts';

/*
 * Chromium launched directly and driven over raw CDP, for the MV3 lifetime tests.
 *
 * Playwright attaches a debugger to every service worker, and a worker with a debugger attached
 * is never stopped for idleness: under Playwright a 30-s idle rule or a stream cut at 30 s
 * cannot be seen. Here nothing attaches to the worker: sessions are opened on pages only (never
 * on the `service_worker` target, and no auto-attach), so Chromium applies its real lifetime
 * rules. See /work/shared/notes/e2e-on-this-machine.md.
 *
 * A long-stream test, once a flow can start one from a page:
 *   const browser = await launchRawChromium();
 *   const options = await browser.openExtensionPage('options.html');   // store settings from here
 *   server.enqueue({ kind: 'text', text: longText, chunkSize: 4, delayMs: 400 });   // ~45 s
 *   const page = await browser.openExtensionPage('sidepanel.html');    // or a test-server page
 *   ... start the chat or the translation through the page (page.evaluate clicks), close it ...
 *   await pollUntil(async () => server.streams[0]?.finished || undefined, 90_000, 'the stream to end');
 *   expect(server.streams[0]).toMatchObject({ finished: true, closedByClient: false });
 * A browser restart: `await browser.close({ keepProfile: true })`, then
 * `launchRawChromium({ userDataDir: browser.userDataDir })`.
 */

export interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
  title: string;
}

export interface WorkerVersion {
  scriptURL: string;
  runningStatus: 'stopped' | 'starting' | 'running' | 'stopping';
}

interface CdpMessage {
  id?: number;
  method?: string;
  params?: Record<string, unknown>;
  sessionId?: string;
  result?: Record<string, unknown>;
  error?: { message: string };
}

export interface RawPage {
  targetId: string;
  sessionId: string;
  /** Runs `fn(arg)` in the page and returns its (JSON) result; rejections become errors here. */
  evaluate<Arg, Result>(fn: (arg: Arg) => Result | Promise<Result>, arg: Arg): Promise<Result>;
  /** Sends any CDP command on this page's session. */
  send(method: string, params?: Record<string, unknown>): Promise<Record<string, unknown>>;
  /** Console errors and uncaught exceptions in this page since it opened. */
  errors(): string[];
  /** The params of every CDP event of this name received on this page's session. */
  events(method: string): Array<Record<string, unknown>>;
  close(): Promise<void>;
}

export interface RawChromium {
  extensionId: string;
  userDataDir: string;
  /** Opens a tab on any URL (a test-server page, an extension page). */
  openPage(url: string): Promise<RawPage>;
  openExtensionPage(file: string): Promise<RawPage>;
  targets(): Promise<TargetInfo[]>;
  /** Parley's running service workers (0 or 1), seen from the browser's target list only. */
  serviceWorkers(): Promise<TargetInfo[]>;
  /** Resolves with the milliseconds waited once Parley's worker is (`running`) or is not (`stopped`) there. */
  waitForWorker(state: 'running' | 'stopped', timeoutMs: number): Promise<number>;
  /**
   * Stops every service worker now, as Chromium does after idling; resolves once Parley's has
   * stopped (it may already be starting again). Any later event (a message from a page) starts a fresh one.
   */
  stopAllWorkers(): Promise<void>;
  /** Every running status Parley's worker went through since the first call of this or stopAllWorkers. */
  workerStatuses(): Promise<Array<WorkerVersion['runningStatus']>>;
  /** Lines Chromium wrote to stderr (crashes, extension load errors). */
  stderr(): string[];
  /** Closes the browser; the profile is removed unless `keepProfile` (for a restart test). */
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

const LAUNCH_TIMEOUT_MS = 30_000;
const COMMAND_TIMEOUT_MS = 60_000;

function waitForDevToolsUrl(child: ChildProcess, lines: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Chromium printed no DevTools address in ${LAUNCH_TIMEOUT_MS} ms:\n${lines.join('\n')}`)), LAUNCH_TIMEOUT_MS);
    let pending = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      pending += chunk.toString('utf8');
      const complete = pending.split('\n');
      pending = complete.pop() ?? '';
      for (const line of complete) {
        lines.push(line);
        const match = /DevTools listening on (ws:\/\/\S+)/.exec(line);
        if (match?.[1]) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Chromium exited (${code}) before it listened:\n${lines.join('\n')}`));
    });
  });
}

/** One WebSocket to the browser; page sessions are multiplexed over it (flatten mode). */
class CdpConnection {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (result: Record<string, unknown>) => void; reject: (error: Error) => void }>();
  private readonly listeners = new Set<(message: CdpMessage) => void>();

  private readonly socket: WebSocket;

  private constructor(socket: WebSocket) {
    this.socket = socket;
    socket.addEventListener('message', (event) => {
      const message = JSON.parse(String(event.data)) as CdpMessage;
      if (message.id !== undefined) {
        const waiter = this.pending.get(message.id);
        this.pending.delete(message.id);
        if (message.error) waiter?.reject(new Error(message.error.message));
        else waiter?.resolve(message.result ?? {});
      } else this.listeners.forEach((listener) => listener(message));
    });
    socket.addEventListener('close', () => {
      for (const waiter of this.pending.values()) waiter.reject(new Error('The browser connection closed.'));
      this.pending.clear();
    });
  }

  static async open(url: string): Promise<CdpConnection> {
    const socket = new WebSocket(url);
    await new Promise<void>((resolve, reject) => {
      socket.addEventListener('open', () => resolve(), { once: true });
      socket.addEventListener('error', () => reject(new Error(`Could not connect to ${url}`)), { once: true });
    });
    return new CdpConnection(socket);
  }

  send(method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<Record<string, unknown>> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`CDP ${method} got no answer in ${COMMAND_TIMEOUT_MS} ms`));
      }, COMMAND_TIMEOUT_MS);
      this.pending.set(id, {
        resolve: (result) => (clearTimeout(timer), resolve(result)),
        reject: (error) => (clearTimeout(timer), reject(error)),
      });
      this.socket.send(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }));
    });
  }

  onEvent(listener: (message: CdpMessage) => void): void {
    this.listeners.add(listener);
  }

  close(): void {
    this.socket.close();
  }
}

function describeException(details: Record<string, unknown> | undefined): string {
  const exception = details?.exception as { description?: string } | undefined;
  return exception?.description ?? String(details?.text ?? 'exception');
}

async function attachPage(cdp: CdpConnection, targetId: string): Promise<RawPage> {
  const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId, flatten: true })) as { sessionId: string };
  const errors: string[] = [];
  const events: CdpMessage[] = [];
  cdp.onEvent((message) => {
    if (message.sessionId !== sessionId) return;
    events.push(message);
    if (message.method === 'Runtime.consoleAPICalled' && message.params?.type === 'error') {
      const args = (message.params.args as Array<{ value?: unknown; description?: string }>) ?? [];
      errors.push(args.map((arg) => (arg.value !== undefined ? String(arg.value) : (arg.description ?? ''))).join(' '));
    }
    if (message.method === 'Runtime.exceptionThrown') errors.push(describeException(message.params?.exceptionDetails as Record<string, unknown>));
  });
  await cdp.send('Runtime.enable', {}, sessionId);
  return {
    targetId,
    sessionId,
    send: (method, params) => cdp.send(method, params, sessionId),
    errors: () => [...errors],
    events: (method) => events.filter((event) => event.method === method).map((event) => event.params ?? {}),
    async evaluate(fn, arg) {
      const result = await cdp.send(
        'Runtime.evaluate',
        { expression: `(${fn.toString()})(${JSON.stringify(arg)})`, awaitPromise: true, returnByValue: true },
        sessionId,
      );
      if (result.exceptionDetails) throw new Error(`In the page: ${describeException(result.exceptionDetails as Record<string, unknown>)}`);
      return (result.result as { value: never }).value;
    },
    async close() {
      await cdp.send('Target.closeTarget', { targetId });
    },
  };
}

/** Polls read() every 250 ms until it gives a value (for example, `server.streams[0]?.finished || undefined`). */
export async function pollUntil<T>(read: () => Promise<T | undefined>, timeoutMs: number, what: string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await read();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
}

/** Launches Chromium with the e2e build loaded; `userDataDir` reuses a profile (a browser restart). */
export async function launchRawChromium(options: { userDataDir?: string } = {}): Promise<RawChromium> {
  const extension = extensionDir();
  const userDataDir = options.userDataDir ?? mkdtempSync(path.join(tmpdir(), 'parley-raw-'));
  const executable = chromiumExecutable() ?? chromium.executablePath();
  const stderrLines: string[] = [];
  const child = spawn(
    executable,
    [...chromiumArgs(extension), '--headless=new', '--remote-debugging-port=0', `--user-data-dir=${userDataDir}`, 'about:blank'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let cdp: CdpConnection;
  try {
    cdp = await CdpConnection.open(await waitForDevToolsUrl(child, stderrLines));
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }

  const targets = async () => ((await cdp.send('Target.getTargets')) as { targetInfos: TargetInfo[] }).targetInfos;
  const workerTarget = async () => (await targets()).find((target) => target.type === 'service_worker' && target.url.startsWith('chrome-extension://'));
  const firstWorker = await pollUntil(workerTarget, LAUNCH_TIMEOUT_MS, "Parley's service worker to start");
  const extensionId = new URL(firstWorker.url).host;
  const isParleyWorker = (target: TargetInfo) => target.type === 'service_worker' && target.url.startsWith(`chrome-extension://${extensionId}/`);

  const openPage = async (url: string) => {
    const { targetId } = (await cdp.send('Target.createTarget', { url })) as { targetId: string };
    const page = await attachPage(cdp, targetId);
    // Wait for the document to be ready, so a first evaluate finds the page's own script loaded.
    await pollUntil(async () => ((await page.evaluate(() => document.readyState, null)) === 'complete' ? true : undefined), 30_000, `${url} to load`);
    return page;
  };

  // ServiceWorker.* is a page-level domain: a blank tab, kept open, watches Parley's worker.
  let monitor: Promise<RawPage> | undefined;
  const parleyStatuses = (page: RawPage) =>
    page
      .events('ServiceWorker.workerVersionUpdated')
      .flatMap((event) => (event.versions as WorkerVersion[] | undefined) ?? [])
      .filter((version) => version.scriptURL.startsWith(`chrome-extension://${extensionId}/`))
      .map((version) => version.runningStatus);
  const workerMonitor = () =>
    (monitor ??= (async () => {
      const { targetId } = (await cdp.send('Target.createTarget', { url: 'about:blank' })) as { targetId: string };
      const page = await attachPage(cdp, targetId);
      await page.send('ServiceWorker.enable');
      // Commands sent before the domain has reported the workers do nothing (seen here).
      await pollUntil(async () => parleyStatuses(page).at(-1), 10_000, "the ServiceWorker domain to report Parley's worker");
      return page;
    })());

  let closed = false;
  return {
    extensionId,
    userDataDir,
    openPage,
    async openExtensionPage(file) {
      const page = await openPage(`chrome-extension://${extensionId}/${file}`);
      // Right after a browser restart a tab can load before the extension's APIs are bound to it
      // (seen once: `chrome.tabs` undefined); a reload then gets a proper extension page.
      const hasApis = async () => ((await page.evaluate(() => typeof chrome === 'object' && typeof chrome.tabs === 'object', null)) ? true : undefined);
      for (let attempt = 0; attempt < 3 && !(await hasApis()); attempt++) {
        await page.send('Page.reload');
        await pollUntil(async () => ((await page.evaluate(() => document.readyState, null)) === 'complete' ? true : undefined), 30_000, `${file} to reload`);
      }
      await pollUntil(hasApis, 5_000, `${file} to get the extension's APIs`);
      return page;
    },
    targets,
    serviceWorkers: async () => (await targets()).filter(isParleyWorker),
    async waitForWorker(state, timeoutMs) {
      const started = Date.now();
      await pollUntil(
        async () => {
          const running = (await targets()).some(isParleyWorker);
          return running === (state === 'running') ? true : undefined;
        },
        timeoutMs,
        `Parley's service worker to be ${state}`,
      );
      return Date.now() - started;
    },
    async stopAllWorkers() {
      const monitor = await workerMonitor();
      const before = parleyStatuses(monitor).length;
      await monitor.send('ServiceWorker.stopAllWorkers');
      // Stopped at least once since the call: an open page may rightly start a fresh worker at once.
      await pollUntil(async () => (parleyStatuses(monitor).slice(before).includes('stopped') ? true : undefined), 10_000, "Parley's worker to stop");
    },
    async workerStatuses() {
      return parleyStatuses(await workerMonitor());
    },
    stderr: () => [...stderrLines],
    async close({ keepProfile = false } = {}) {
      // A test may close a browser itself (a restart test) before the fixture closes it again.
      if (closed) return;
      closed = true;
      const exited = new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', () => resolve())));
      await cdp.send('Browser.close').catch(() => undefined);
      cdp.close();
      const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(killer);
      if (!keepProfile) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
