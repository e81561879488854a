/**
 * Removes the API key, the values of the extra request headers (a gateway's own key header is a
 * secret too) and bearer-looking tokens from any text that may reach a UI or a log.
 */
export function redactSecrets(text: string, apiKey: string, headerValues: readonly string[] = []): string {
  let result = text;
  if (apiKey.length >= 4) result = result.split(apiKey).join('[your key]');
  for (const value of headerValues) if (value.length >= 4) result = result.split(value).join('[header value]');
  // Providers echo part of a wrong key ("Incorrect API key provided: sk-ab***yz"); keep none of it.
  // The prefixes are the providers' own (OpenAI, DeepSeek, OpenRouter: sk-; Groq: gsk_; Gemini: AIza).
  return result.replace(/\b(sk-|sk_|gsk_|AIza)[-_A-Za-z0-9*]{4,}/g, '[key]').replace(/Bearer\s+\S+/gi, 'Bearer [key]');
}
