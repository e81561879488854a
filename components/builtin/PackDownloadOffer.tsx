import { useEffect, useState } from 'react';
import { isPairDownloadable } from '../../utils/builtin/translator';
import { LanguagePackDownload } from './LanguagePackDownload';

interface Props {
  sourceLanguage: string;
  targetLanguage: string;
  onReady: () => void;
}

/**
 * Under an "unsupported" error: when this page's browser could fetch the pair's on-device pack,
 * offer it here, where the user's click is the gesture Chrome requires to start a download.
 */
export function PackDownloadOffer({ sourceLanguage, targetLanguage, onReady }: Props) {
  const [downloadable, setDownloadable] = useState(false);
  useEffect(() => {
    let current = true;
    isPairDownloadable(sourceLanguage, targetLanguage).then(
      (answer) => current && setDownloadable(answer),
      () => current && setDownloadable(false),
    );
    return () => {
      current = false;
    };
  }, [sourceLanguage, targetLanguage]);
  return downloadable ? <LanguagePackDownload sourceLanguage={sourceLanguage} targetLanguage={targetLanguage} onReady={onReady} showSourceHint={false} /> : null;
}
