// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { generic, plainTextQuote } from '../../../utils/webmail/generic';
import { loadFixture } from './load-fixture';

describe('the generic mode', () => {
  it('reads the conversation from the quoted original inside a textarea, with the sender from the attribution', () => {
    const doc = loadFixture('generic-textarea.html');
    const field = doc.querySelector<HTMLElement>('#composebody');
    const thread = field ? generic.readThread(doc, field) : null;
    expect(thread?.subject).toBe('Re: Angebot Messestand Frankfurt :: Roundcube Webmail');
    expect(thread?.messages).toHaveLength(1);
    expect(thread?.messages[0]?.sender.name).toBe('Jonas Becker');
    expect(thread?.messages[0]?.body.startsWith('Hallo Herr Morgan,')).toBe(true);
    expect(thread?.messages[0]?.body).toContain('ob Sie die LED-Rückwand\nzusätzlich wünschen?');
    expect(thread?.messages[0]?.body).not.toContain('>');
  });

  it('finds where a plain-text quote starts, attribution included', () => {
    const value = 'Danke!\n\nLe mar. 10 mars 2026 à 08:52, Claire Dubois <claire@atelier.fr> a écrit :\n> Bonjour Alex,\n> à vendredi ?';
    const quoted = plainTextQuote(value);
    expect(quoted?.start).toBe('Danke!\n\n'.length);
    expect(quoted?.text).toBe('Bonjour Alex,\nà vendredi ?');
  });

  it('reads a blockquote inside a contenteditable reply field', () => {
    const doc = new DOMParser().parseFromString(
      '<title>Reply</title><div contenteditable="true" id="f"><p><br></p><div>On Mon, 9 Mar 2026, Ana Souza wrote:</div><blockquote>Olá, podemos remarcar para sexta?</blockquote></div>',
      'text/html',
    );
    const field = doc.getElementById('f');
    const thread = field ? generic.readThread(doc, field) : null;
    expect(thread?.messages[0]?.body).toBe('Olá, podemos remarcar para sexta?');
    expect(thread?.messages[0]?.sender.name).toBe('Ana Souza');
  });

  it('falls back to the readable text nearest an empty field', () => {
    const doc = new DOMParser().parseFromString(
      '<title>Ticket</title><main><article><p>Hola: la lámpara llegó con el cristal roto. ¿Podrían enviarme una nueva antes del día 20, por favor?</p></article><form><textarea id="f"></textarea></form></main>',
      'text/html',
    );
    const field = doc.getElementById('f');
    const thread = field ? generic.readThread(doc, field) : null;
    expect(thread?.messages[0]?.body).toContain('la lámpara llegó con el cristal roto');
  });
});
