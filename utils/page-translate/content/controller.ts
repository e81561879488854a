import { t } from '../../i18n/t';
import type { ParleyErrorData } from '../../errors/parley-error';
import { sendRequest } from '../../messaging/request-client';
import { streamFrom } from '../../messaging/stream-client';
import { ParleyError } from '../../errors/parley-error';
import { mountProgressControl, type ProgressControl } from '../../../components/page-translate/progress-control';
import { estimateBlocksCost } from '../estimate';
import { MAX_BLOCK_CHARS, MAX_BLOCKS_PER_STREAM, pageBlocksStream, reportPageProgress, type PageBlockEvent, type PageProgress } from '../messages';
import type { StartCall } from '../page-script-protocol';
import { keepScrollPosition, retranslationWait, type BlockState } from './blocks';
import { collectBlocks, type FoundBlock } from './collect';
import { hasLetters, isParleyNode } from './dom-rules';
import { plainTranslation, rebuildTranslation, serialiseBlock, type InlineNode } from './inline';
import { alreadyInLanguage } from './language';
import { insertBeneath, swapIn, translationElement } from './render';

/** Half a screen above and one screen below the viewport are requested first; the rest on scroll. */
const NEAR_MARGIN = '50% 0px 100% 0px';
const RESCAN_DELAY_MS = 250;
const PROGRESS_REPORT_MS = 400;

function isOwnMutation(record: MutationRecord): boolean {
  const target = record.target instanceof Element ? record.target : record.target.parentElement;
  if (target?.closest('[data-parley-page]')) return true;
  const touched = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
  return touched.length > 0 && touched.every((node) => node instanceof Element && isParleyNode(node));
}

/** A block's text as Parley stores and sends it (capped), so texts compare as they were sent. */
function readBlock(element: Element): { text: string; inlines: InlineNode[] } {
  const { text, inlines } = serialiseBlock(element);
  return { text: text.slice(0, MAX_BLOCK_CHARS), inlines };
}

/** One page's translation: finds its blocks, requests those near the viewport, shows what comes back. */
export class PageTranslator {
  private readonly blocks = new Map<number, BlockState>();
  private readonly byElement = new WeakMap<Element, BlockState>();
  /** Translations by source text: a block re-rendered with the same text reuses its translation. */
  private readonly known = new Map<string, string>();
  private readonly streams = new Set<AbortController>();
  /** Blocks waiting for the translation of the same text, sent once for another block. */
  private readonly followers = new Map<string, BlockState[]>();
  private readonly near: IntersectionObserver;
  private readonly mutations: MutationObserver;
  private readonly control: ProgressControl;
  private nextId = 1;
  private tokensUsed = 0;
  private error: ParleyErrorData | undefined;
  private running = true;
  private flushQueued = false;
  private rescanTimer: ReturnType<typeof setTimeout> | undefined;
  private heldTimer: ReturnType<typeof setTimeout> | undefined;
  private reportTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly doc: Document,
    private readonly config: StartCall,
  ) {
    this.control = mountProgressControl(doc, { stop: () => this.stop(), showOriginal: () => this.showOriginal(), retry: () => this.retry() });
    this.near = new IntersectionObserver((entries) => this.onNear(entries), { rootMargin: NEAR_MARGIN });
    this.mutations = new MutationObserver((records) => this.onMutations(records));
  }

  start(): void {
    this.observeRoot(this.doc.body);
    this.rescan();
  }

  /** Requests every block not yet requested, wherever it is on the page (the popup's "Finish the page"). */
  finish(): void {
    if (!this.running) this.resume();
    for (const block of this.blocks.values()) if (block.status === 'waiting' && block.element.isConnected) block.near = true;
    this.scheduleFlush();
  }

  retry(): void {
    if (!this.running) this.resume();
    this.error = undefined;
    for (const block of this.blocks.values()) if (block.status === 'failed') block.status = 'waiting';
    this.scheduleFlush();
    this.report();
  }

  /** Ends what is in flight; what was translated stays on the page. */
  stop(): void {
    this.running = false;
    for (const controller of this.streams) controller.abort();
    this.streams.clear();
    clearTimeout(this.heldTimer);
    this.heldTimer = undefined;
    for (const block of this.blocks.values()) if (block.status === 'sent') block.status = 'waiting';
    this.mutations.disconnect();
    this.near.disconnect();
    this.report();
  }

  /** Removes every node Parley inserted, at once, and ends the session. */
  showOriginal(): void {
    this.stop();
    this.withOwnMutations(() => {
      for (const block of this.blocks.values()) block.undo?.();
    });
    this.blocks.clear();
    this.control.remove();
  }

  notice(message: string): void {
    this.control.notice(message);
  }

  private resume(): void {
    this.running = true;
    this.observeRoot(this.doc.body);
    for (const block of this.blocks.values()) if (block.status === 'waiting') this.near.observe(block.element);
    this.scheduleHeld();
  }

  /** Observing a root again only renews its options; shadow roots and frames each need their own call. */
  private observeRoot(root: Node): void {
    this.mutations.observe(root, { childList: true, subtree: true, characterData: true });
  }

  private onMutations(records: MutationRecord[]): void {
    if (!this.running || records.every(isOwnMutation)) return;
    clearTimeout(this.rescanTimer);
    this.rescanTimer = setTimeout(() => this.rescan(), RESCAN_DELAY_MS);
  }

  /** Parley's own changes never come back as work: their records are dropped, the page's kept. */
  private withOwnMutations(change: () => void): void {
    const pending = this.mutations.takeRecords();
    if (pending.length > 0) this.onMutations(pending);
    change();
    this.mutations.takeRecords();
  }

  private rescan(): void {
    if (!this.running) return;
    const { blocks, roots } = collectBlocks(this.doc.body);
    for (const root of roots) this.observeRoot(root);
    const ordered = [...blocks.filter((found) => !found.chrome), ...blocks.filter((found) => found.chrome)];
    for (const found of ordered) this.track(found);
    this.scheduleFlush();
    this.report();
  }

  private track(found: FoundBlock): void {
    const existing = this.byElement.get(found.element);
    if (existing && existing.status !== 'done') return;
    if (existing?.translationNode?.isConnected && this.config.display === 'translation-only') return;
    const { text, inlines } = readBlock(found.element);
    if (!text || !hasLetters(text)) return;
    if (existing) {
      if (existing.text === text && existing.translationNode?.isConnected) return;
      this.withOwnMutations(() => existing.undo?.());
      Object.assign(existing, { text, inlines, status: 'waiting', undo: undefined, translationNode: undefined });
      // Same text, its translation removed by the page's own re-render, or a text seen before: shown again, no request.
      const reuse = this.known.get(existing.text);
      if (reuse !== undefined) {
        this.show(existing, reuse);
        return;
      }
      const wait = retranslationWait(existing.retranslatedAt, performance.now());
      if (wait > 0) {
        existing.notBefore = performance.now() + wait;
        this.scheduleHeld();
      }
      // Observed afresh, so the observer says now whether it is near (and the flush follows), even
      // when it was still observed from the request whose answer came too late.
      this.near.unobserve(existing.element);
      this.near.observe(existing.element);
      return;
    }
    const block: BlockState = { id: this.nextId++, element: found.element, text, inlines, chrome: found.chrome, status: 'waiting', near: false };
    this.blocks.set(block.id, block);
    this.byElement.set(found.element, block);
    const reuse = this.known.get(block.text);
    if (reuse !== undefined) this.show(block, reuse);
    else this.near.observe(found.element);
  }

  private onNear(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      const block = this.byElement.get(entry.target);
      if (block) block.near = entry.isIntersecting;
    }
    this.scheduleFlush();
  }

  private scheduleFlush(): void {
    if (this.flushQueued || !this.running) return;
    this.flushQueued = true;
    // One tick, so blocks entering the margin together go in one request.
    setTimeout(() => {
      this.flushQueued = false;
      void this.flush();
    }, 30);
  }

  private changedSinceSent(block: BlockState): boolean {
    return readBlock(block.element).text !== block.text;
  }

  /** A block sent again: the page may have changed it while it waited for the cap; its latest text goes. */
  private takeLatestText(block: BlockState, now: number): void {
    const latest = readBlock(block.element);
    if (latest.text && hasLetters(latest.text)) Object.assign(block, latest);
    Object.assign(block, { retranslatedAt: now, notBefore: undefined });
  }

  /** One timer, for the earliest re-translation the cap holds back; each flush sets the next. */
  private scheduleHeld(): void {
    const held = [...this.blocks.values()].flatMap((block) => (block.status === 'waiting' && block.notBefore !== undefined ? [block.notBefore] : []));
    clearTimeout(this.heldTimer);
    this.heldTimer = undefined;
    if (held.length === 0 || !this.running) return;
    this.heldTimer = setTimeout(() => this.scheduleFlush(), Math.max(0, Math.min(...held) - performance.now()));
  }

  private async flush(): Promise<void> {
    if (!this.running) return;
    const now = performance.now();
    const due = [...this.blocks.values()].filter((block) => block.status === 'waiting' && block.near && block.element.isConnected && (block.notBefore ?? 0) <= now);
    for (const block of due) {
      block.status = 'sent';
      if (block.translation !== undefined) this.takeLatestText(block, now);
    }
    this.scheduleHeld();
    // A re-translation whose latest text was translated before is shown from that, not sent.
    const fresh = due.filter((block) => {
      const known = this.known.get(block.text);
      if (known !== undefined) this.show(block, known);
      return known === undefined;
    });
    if (fresh.length === 0) return;
    const checks = await Promise.all(fresh.map((block) => alreadyInLanguage(plainTranslation(block.text), this.config.targetLanguage)));
    const send: BlockState[] = [];
    fresh.forEach((block, index) => {
      if (checks[index]) {
        block.status = 'skipped';
        this.near.unobserve(block.element);
      } else send.push(block);
    });
    // A text repeated on the page ("Reply" under every comment) is sent once; the rest wait for it.
    const unique = send.filter((block) => {
      const first = send.find((other) => other.text === block.text);
      if (first === block) return true;
      this.followers.set(block.text, [...(this.followers.get(block.text) ?? []), block]);
      return false;
    });
    const ordered = [...unique.filter((block) => !block.chrome), ...unique.filter((block) => block.chrome)];
    for (let start = 0; start < ordered.length; start += MAX_BLOCKS_PER_STREAM) void this.request(ordered.slice(start, start + MAX_BLOCKS_PER_STREAM));
    this.report();
  }

  private async request(batch: BlockState[]): Promise<void> {
    const controller = new AbortController();
    this.streams.add(controller);
    try {
      const blocks = batch.map((block) => ({ id: block.id, text: block.text }));
      for await (const event of streamFrom(pageBlocksStream, { sessionId: this.config.sessionId, blocks }, controller.signal)) this.apply(event);
    } catch (error) {
      if (controller.signal.aborted) return;
      const data: ParleyErrorData = error instanceof ParleyError ? error.data : { code: 'unknown', message: t('errorInternal'), action: 'retry' };
      this.apply({ type: 'failed', ids: batch.filter((block) => block.status === 'sent').map((block) => block.id), error: data });
    } finally {
      this.streams.delete(controller);
      this.report();
    }
  }

  private apply(event: PageBlockEvent): void {
    if (event.type === 'usage') {
      this.tokensUsed += event.promptTokens + event.completionTokens;
    } else if (event.type === 'failed') {
      for (const id of event.ids) {
        const block = this.blocks.get(id);
        if (block?.status !== 'sent') continue;
        block.status = 'failed';
        for (const follower of this.followers.get(block.text) ?? []) if (follower.status === 'sent') follower.status = 'failed';
        this.followers.delete(block.text);
      }
      // One error line: the latest says what is wrong now.
      if (event.ids.length > 0) this.error = event.error;
    } else {
      const block = this.blocks.get(event.id);
      if (block?.status !== 'sent') return;
      this.known.set(block.text, event.translation);
      const arrived = [block, ...(this.followers.get(block.text) ?? []).filter((follower) => follower.status === 'sent')];
      this.followers.delete(block.text);
      for (const each of arrived) {
        if (!this.changedSinceSent(each)) {
          this.show(each, event.translation);
          continue;
        }
        // The page changed the block while its request was out: the older text's translation is not
        // shown; the newer text goes the usual way (and under the cap).
        each.status = 'done';
        this.track({ element: each.element, chrome: each.chrome });
      }
    }
    this.report();
  }

  private show(block: BlockState, translation: string): void {
    const doc = block.element.ownerDocument;
    const content = rebuildTranslation(translation, block.inlines, doc) ?? doc.createTextNode(plainTranslation(translation));
    const node = translationElement(block.element, content, this.config, block.element.textContent ?? '');
    keepScrollPosition(this.doc, () =>
      this.withOwnMutations(() => {
        block.undo = this.config.display === 'bilingual' ? insertBeneath(block.element, node) : swapIn(block.element, node);
      }),
    );
    Object.assign(block, { status: 'done', translation, translationNode: node });
    this.near.unobserve(block.element);
    this.report();
  }

  private progress(): PageProgress {
    const live = [...this.blocks.values()].filter((block) => block.element.isConnected && block.status !== 'skipped');
    const done = live.filter((block) => block.status === 'done').length;
    const left = live.filter((block) => block.status !== 'done').map((block) => block.text);
    const state = !this.running ? 'stopped' : this.error ? 'error' : left.length === 0 ? 'done' : 'translating';
    return { state, done, total: live.length, tokensUsed: this.tokensUsed, tokensToFinish: estimateBlocksCost(left) };
  }

  /** The in-page control at once; the background (for the popup) a little later, in one message. */
  private report(): void {
    const progress = this.progress();
    this.control.update(progress, this.error);
    if (this.reportTimer !== undefined) return;
    this.reportTimer = setTimeout(() => {
      this.reportTimer = undefined;
      sendRequest(reportPageProgress, { sessionId: this.config.sessionId, progress: this.progress() }).catch(() => undefined);
    }, PROGRESS_REPORT_MS);
  }
}
