// The pool's thread when newsdigest runs from its TypeScript sources (tests, scripts): a worker
// thread does not inherit the main thread's loaders, so it registers tsx itself before loading
// worker.ts. Compiled code (dist/) runs dist/workers/worker.js directly and never loads this.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
