import { describe, expect, it } from 'vitest';
import { repliesOffMatches } from '../../../utils/replies/button-switch';
import { defaultSettings } from '../../../utils/settings/defaults';
import { WEBMAIL_MATCHES } from '../../../utils/webmail/hosts';

describe('the replies switch’s marker script', () => {
  const features = defaultSettings('en-US').features;

  it('runs nowhere while replies are on, so a webmail load costs nothing more', () => {
    expect(repliesOffMatches({ ...features, replies: true })).toEqual([]);
  });

  it('runs on every host of the webmail script while replies are off', () => {
    expect(repliesOffMatches({ ...features, replies: false })).toEqual(WEBMAIL_MATCHES);
  });
});
