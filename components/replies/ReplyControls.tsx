import type { Length, ReplyControls as Controls, Tone } from '../../utils/replies/schema';
import { trusted } from './trusted';

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
      aria-label="Reply options"
      // A web page can submit this form from script; only the user's own Enter regenerates.
      onSubmit={(event) => event.preventDefault()}
    >
      <label>
        Tone{' '}
        <select value={controls.tone} onChange={(event) => onChange({ ...controls, tone: event.target.value as Tone })}>
          {TONES.map((tone) => (
            <option key={tone} value={tone}>
              {tone}
            </option>
          ))}
        </select>
      </label>
      <label>
        Length{' '}
        <select value={controls.length} onChange={(event) => onChange({ ...controls, length: event.target.value as Length })}>
          {LENGTHS.map((length) => (
            <option key={length} value={length}>
              {length}
            </option>
          ))}
        </select>
      </label>
      <label className="reply-hint">
        Hint{' '}
        <input type="text" maxLength={500} value={controls.hint} placeholder="e.g. say I will be 10 minutes late" onChange={(event) => onChange({ ...controls, hint: event.target.value })}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && event.nativeEvent.isTrusted && !busy) onRegenerate();
          }}
        />
      </label>
      <button type="button" onClick={trusted(onRegenerate)} disabled={busy}>
        Regenerate
      </button>
    </form>
  );
}
