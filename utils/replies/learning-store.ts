import Dexie, { type Table } from 'dexie';
import type { Length, Tone } from './schema';

export interface InsertionRecord {
  id?: number;
  correspondent: string;
  at: number;
  intent: string;
  tone: Tone;
  length: Length;
  text: string;
  /** Share of words the user changed before sending: 0 = none, 1 = all; null until measured. */
  editRatio: number | null;
}

export interface RatingRecord {
  id?: number;
  correspondent: string;
  at: number;
  intent: string;
  vote: 'up' | 'down';
}

/** Kept on this device only (the background's IndexedDB); never synced, never sent anywhere but into the user's own prompts. */
class RepliesLearningDb extends Dexie {
  insertions!: Table<InsertionRecord, number>;
  ratings!: Table<RatingRecord, number>;

  constructor() {
    super('parley-replies-learning');
    this.version(1).stores({ insertions: '++id, correspondent, at', ratings: '++id, correspondent, at' });
  }
}

export const learningDb = new RepliesLearningDb();
