import { config } from 'zod';

/*
 * Imported first by every entry point that bundles zod. Zod 4 probes `Function('')` once to pick
 * a faster parser; the manifest's CSP forbids evaluating strings in extension pages and content
 * scripts, so the probe always fails, and Firefox reports each refused probe as a CSP error in
 * the browser console. Parley never takes that path anyway: tell zod so, before the first parse.
 */
config({ jitless: true });
