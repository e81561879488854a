import type { CorrespondentSummary } from './messages';
import { learningDb, type InsertionRecord, type RatingRecord } from './learning-store';
import type { Length, Tone } from './schema';

function words(text: string): string[] {
  return text.toLowerCase().split(/\s+/).filter(Boolean);
}

/** Word-level edit distance over the longer text's length: how much of the inserted reply the user rewrote. */
export function editRatio(inserted: string, final: string): number {
  const a = words(inserted);
  const b = words(final);
  if (a.length === 0 && b.length === 0) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return Math.min(1, (previous[b.length] ?? 0) / Math.max(a.length, b.length));
}

/** The reply's first line when it reads as a greeting ("Bonjour Claire,"). */
export function greetingOf(text: string): string {
  const first = text.trim().split('\n')[0]?.trim() ?? '';
  return first.length <= 60 && /[,，!、:]$/.test(first) ? first : '';
}

function mostCommon<T extends string>(values: T[]): T | null {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].sort((x, y) => y[1] - x[1])[0]?.[0] ?? null;
}

export function summarize(correspondent: string, insertions: InsertionRecord[], ratings: RatingRecord[]): CorrespondentSummary {
  const measured = insertions.filter((item) => item.editRatio !== null);
  const latestGreeting = [...insertions].sort((x, y) => y.at - x.at).map((item) => greetingOf(item.text)).find(Boolean) ?? '';
  return {
    correspondent,
    insertions: insertions.length,
    ups: ratings.filter((rating) => rating.vote === 'up').length,
    downs: ratings.filter((rating) => rating.vote === 'down').length,
    tone: mostCommon<Tone>(insertions.map((item) => item.tone)),
    length: mostCommon<Length>(insertions.map((item) => item.length)),
    greeting: latestGreeting,
    averageEdit: measured.length ? measured.reduce((sum, item) => sum + (item.editRatio ?? 0), 0) / measured.length : null,
  };
}

/** The summary as lines for the prompt; empty when nothing was learned yet. */
export function learnedLines(summary: CorrespondentSummary, ratings: RatingRecord[]): string[] {
  if (summary.insertions === 0 && ratings.length === 0) return [];
  const lines: string[] = [];
  if (summary.tone) lines.push(`They usually pick a ${summary.tone} tone.`);
  if (summary.length) lines.push(`They usually pick ${summary.length} replies.`);
  if (summary.greeting) lines.push(`They greet this person as: "${summary.greeting}".`);
  if (summary.averageEdit !== null && summary.averageEdit > 0.3) lines.push('They rewrite much of what is suggested: stay closer to plain, simple wording.');
  const liked = [...new Set(ratings.filter((rating) => rating.vote === 'up').map((rating) => rating.intent))].slice(0, 3);
  const disliked = [...new Set(ratings.filter((rating) => rating.vote === 'down').map((rating) => rating.intent))].slice(0, 3);
  if (liked.length) lines.push(`Replies they liked: ${liked.join(', ')}.`);
  if (disliked.length) lines.push(`Replies they disliked: ${disliked.join(', ')}.`);
  return lines;
}

export async function learnedFor(correspondent: string): Promise<string[]> {
  const [insertions, ratings] = await Promise.all([
    learningDb.insertions.where('correspondent').equals(correspondent).toArray(),
    learningDb.ratings.where('correspondent').equals(correspondent).toArray(),
  ]);
  return learnedLines(summarize(correspondent, insertions, ratings), ratings);
}

/** The last inserted reply for this correspondent, measured against what the compose box now holds. */
export async function measureLastInsertion(correspondent: string, ownText: string): Promise<void> {
  if (!ownText.trim()) return;
  const last = await learningDb.insertions.where('correspondent').equals(correspondent).last();
  if (!last?.id || last.editRatio !== null) return;
  await learningDb.insertions.update(last.id, { editRatio: editRatio(last.text, ownText) });
}

export async function allSummaries(): Promise<CorrespondentSummary[]> {
  const [insertions, ratings] = await Promise.all([learningDb.insertions.toArray(), learningDb.ratings.toArray()]);
  const names = [...new Set([...insertions, ...ratings].map((item) => item.correspondent))].sort();
  return names.map((name) =>
    summarize(
      name,
      insertions.filter((item) => item.correspondent === name),
      ratings.filter((item) => item.correspondent === name),
    ),
  );
}

export async function clearLearned(correspondent: string | undefined): Promise<void> {
  if (correspondent === undefined) {
    await Promise.all([learningDb.insertions.clear(), learningDb.ratings.clear()]);
    return;
  }
  await Promise.all([
    learningDb.insertions.where('correspondent').equals(correspondent).delete(),
    learningDb.ratings.where('correspondent').equals(correspondent).delete(),
  ]);
}
