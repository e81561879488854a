// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { outlook } from '../../../utils/webmail/outlook';
import { loadFixture } from './load-fixture';

describe('the Outlook adapter', () => {
  const doc = loadFixture('outlook-thread.html');
  const thread = outlook.readThread(doc, undefined);

  it('reads the conversation with senders from their persona and dates', () => {
    expect(thread?.subject).toBe('جناح معرض دبي للتصميم / Dubai Design Week booth');
    expect(thread?.messages.map((message) => message.sender.email)).toEqual(['layla.haddad@noor-events.ae', 'alex.morgan@outlook.com', 'layla.haddad@noor-events.ae']);
    expect(thread?.messages[0]?.sender.name).toBe('ليلى حداد');
    expect(thread?.messages[2]?.date).toBe('Tue 10/03/2026 09:47');
  });

  it('keeps the Arabic latest message and cuts everything from the "From:" header on', () => {
    const latest = thread?.messages.at(-1)?.body ?? '';
    expect(latest.startsWith('عزيزي أليكس،')).toBe(true);
    expect(latest).toContain('هل يمكنكم أيضاً تأكيد اسم الشركة');
    expect(latest).not.toContain('Thank you, we are very interested');
    expect(latest).not.toContain('From:');
    expect(latest).not.toContain('+971 4 555 0142');
  });

  it('reads the English reply in the middle without its signature or quote', () => {
    expect(thread?.messages[1]?.body).toBe('Dear Layla,\n\nThank you, we are very interested. Could you send the contract and tell us how many exhibitor badges are included?\n\nBest regards,\nAlex');
  });

  it('finds the reply editor and knows it holds a signature', () => {
    const [box] = outlook.composeBoxes(doc);
    expect(box?.getAttribute('role')).toBe('textbox');
    if (box) expect(outlook.hasSignature(box)).toBe(true);
  });
});
