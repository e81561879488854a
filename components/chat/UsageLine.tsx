import type { MessageRecord } from '../../utils/chat/schema';

export function UsageLine({ message }: { message: MessageRecord }) {
  if (!message.usage && !message.model) return null;
  const usage = message.usage;
  const approx = usage?.estimated ? '≈' : '';
  return (
    <span className="usage" data-testid="usage" title={usage?.estimated ? 'Estimated by Parley: the provider did not report usage' : 'Reported by the provider'}>
      {message.model}
      {usage && ` · ${approx}${usage.promptTokens} in + ${approx}${usage.completionTokens} out tokens`}
    </span>
  );
}
