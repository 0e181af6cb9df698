// A dependency with top-level await finishes before the importer's body runs.
import { log, events } from './fixtures/log.mjs';
import { ready } from './fixtures/tla-dep.mjs';

log(`main body sees ${ready}`);
console.log(events.join(' | '));
