import type { WebmailAdapter } from './adapter';
import { generic } from './generic';
import { gmail } from './gmail';
import { outlook } from './outlook';

export const ADAPTERS: Readonly<Record<WebmailAdapter['id'], WebmailAdapter>> = { gmail, outlook, generic };
