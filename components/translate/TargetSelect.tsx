import { useEffect, useState } from 'react';
import { LANGUAGES, LANGUAGE_CODES, type LanguageCode } from '../../utils/languages/languages';
import { trusted } from './trusted';
import { t } from '../../utils/i18n/t';

interface Props {
  value: LanguageCode | undefined;
  onChange: (code: LanguageCode) => void;
  disabled?: boolean;
}

function isLanguageCode(value: string): value is LanguageCode {
  return (LANGUAGE_CODES as readonly string[]).includes(value);
}

/**
 * Waits for the first frame to be painted, then for the page to be idle. The picker's options
 * cost most of an in-page panel's first style and layout (about 2 ms of 2.5 ms for the bubble),
 * while the first words of a translation may be arriving.
 */
function afterFirstPaint(callback: () => void): () => void {
  let cancelIdle = () => {};
  const frame = requestAnimationFrame(() => {
    // Not every browser has idle callbacks (Safari); a task after the frame does nearly as well.
    if (typeof requestIdleCallback === 'function') {
      const idle = requestIdleCallback(callback, { timeout: 200 });
      cancelIdle = () => cancelIdleCallback(idle);
    } else {
      const timer = setTimeout(callback, 0);
      cancelIdle = () => clearTimeout(timer);
    }
  });
  return () => {
    cancelAnimationFrame(frame);
    cancelIdle();
  };
}

/**
 * The in-page target picker: switching it translates again, so only the user's own change counts.
 * It opens holding the chosen language alone and gets the others once the panel is painted, or at
 * once when the user reaches for it first.
 */
export function TargetSelect({ value, onChange, disabled }: Props) {
  const [allOptions, setAllOptions] = useState(false);
  useEffect(() => (allOptions ? undefined : afterFirstPaint(() => setAllOptions(true))), [allOptions]);
  const shown = allOptions ? LANGUAGES : LANGUAGES.filter((language) => language.code === value);
  const showAll = () => setAllOptions(true);
  return (
    <select
      aria-label={t('optionsTranslateInto')}
      value={value ?? ''}
      disabled={disabled}
      onFocus={showAll}
      onPointerDown={showAll}
      onChange={trusted((event) => {
        const code = (event.target as HTMLSelectElement).value;
        if (isLanguageCode(code)) onChange(code);
      })}
    >
      {value === undefined && <option value="">…</option>}
      {shown.map((language) => (
        <option key={language.code} value={language.code}>
          {language.native === language.english ? language.native : `${language.native} (${language.english})`}
        </option>
      ))}
    </select>
  );
}
