import type { MessageRecord } from '../../utils/chat/schema';
import { t } from '../../utils/i18n/t';

export function UsageLine({ message }: { message: MessageRecord }) {
  if (!message.usage && !message.model) return null;
  const usage = message.usage;
  const approx = usage?.estimated ? '≈' : '';
  return (
    <span className="usage" data-testid="usage" title={usage?.estimated ? t('chatUsageEstimated') : t('chatUsageReported')}>
      {message.model}
      {usage && ` · ${t('chatUsageTokens', [`${approx}${usage.promptTokens}`, `${approx}${usage.completionTokens}`])}`}
    </span>
  );
}
