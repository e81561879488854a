import type { Length, ReplyControls as Controls, Tone } from '../../utils/replies/schema';
import { LENGTH_LABELS, TONE_LABELS } from './labels';
import { trusted } from './trusted';
import { t } from '../../utils/i18n/t';

const TONES: Tone[] = ['formal', 'neutral', 'friendly'];
const LENGTHS: Length[] = ['short', 'medium', 'detailed'];

interface Props {
  controls: Controls;
  onChange: (controls: Controls) => void;
  onRegenerate: () => void;
  busy: boolean;
}

export function ReplyControls({ controls, onChange, onRegenerate, busy }: Props) {
  return (
    <form
      className="reply-controls"
      aria-label={t('repliesOptionsLabel')}
      // A web page can submit this form from script; only the user's own Enter regenerates. A page can
      // also type into these fields: only the user's own input counts, or the page's words would reach
      // the prompt as the user's wish.
      onSubmit={(event) => event.preventDefault()}
    >
      <label>
        {t('repliesTone')}{' '}
        <select value={controls.tone} onChange={trusted((event) => onChange({ ...controls, tone: event.target.value as Tone }))}>
          {TONES.map((tone) => (
            <option key={tone} value={tone}>
              {t(TONE_LABELS[tone])}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('repliesLength')}{' '}
        <select value={controls.length} onChange={trusted((event) => onChange({ ...controls, length: event.target.value as Length }))}>
          {LENGTHS.map((length) => (
            <option key={length} value={length}>
              {t(LENGTH_LABELS[length])}
            </option>
          ))}
        </select>
      </label>
      <label className="reply-hint">
        {t('repliesHint')}{' '}
        <input type="text" maxLength={500} value={controls.hint} placeholder={t('repliesHintPlaceholder')} onChange={trusted((event) => onChange({ ...controls, hint: event.target.value }))}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && event.nativeEvent.isTrusted && !busy) onRegenerate();
          }}
        />
      </label>
      <button type="button" onClick={trusted(onRegenerate)} disabled={busy}>
        {t('repliesRegenerate')}
      </button>
    </form>
  );
}
