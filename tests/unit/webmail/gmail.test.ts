// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { gmail } from '../../../utils/webmail/gmail';
import { loadFixture } from './load-fixture';

describe('the Gmail adapter', () => {
  const doc = loadFixture('gmail-thread.html');
  const thread = gmail.readThread(doc, undefined);

  it('reads every message of the open thread with its sender and date, oldest first', () => {
    expect(thread?.subject).toBe('Réunion de jeudi : décaler à vendredi ?');
    expect(thread?.messages.map((message) => message.sender)).toEqual([
      { name: 'Claire Dubois', email: 'claire.dubois@atelier-lumiere.fr' },
      { name: '渡辺 健二', email: 'kenji.watanabe@hikari-design.jp' },
      { name: 'Claire Dubois', email: 'claire.dubois@atelier-lumiere.fr' },
    ]);
    expect(thread?.messages[2]?.date).toBe('Tue, 10 Mar 2026, 08:52');
  });

  it('keeps the CJK message whole but without the French text it quotes', () => {
    const kenji = thread?.messages[1]?.body ?? '';
    expect(kenji).toContain('木曜日の15時（日本時間23時）で問題ありません。');
    expect(kenji).not.toContain('Comme convenu');
  });

  it('drops quoted history and the signature from the latest message', () => {
    const latest = thread?.messages.at(-1)?.body ?? '';
    expect(latest.startsWith('Bonjour Alex,')).toBe(true);
    expect(latest).toContain('Serait-il possible de décaler notre réunion à vendredi 13 mars');
    expect(latest.endsWith('Bien à vous,\nClaire')).toBe(true);
    expect(latest).not.toContain('木曜日');
    expect(latest).not.toContain('Directrice artistique');
    expect(latest).not.toContain('a écrit');
  });

  it('finds the reply box, its signature and its quoted history', () => {
    const [box] = gmail.composeBoxes(doc);
    expect(box?.getAttribute('aria-label')).toBe('Message Body');
    if (!box) return;
    expect(gmail.hasSignature(box)).toBe(true);
    expect(gmail.protectedParts(box).some((part) => part.textContent?.includes('a écrit'))).toBe(true);
  });

  it('returns no thread on a page without one', () => {
    expect(gmail.readThread(new DOMParser().parseFromString('<div role="main">Inbox</div>', 'text/html'), undefined)).toBeNull();
  });
});
