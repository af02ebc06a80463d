// The pool's worker when newsdigest runs from its TypeScript sources (tests, scripts): a worker
// thread does not inherit the main thread's loaders, so it registers tsx itself before loading
// worker.ts. Compiled code (dist/) uses dist/article/worker.js directly and never loads this.
import { register } from 'tsx/esm/api';

register();
const { default: processBatch } = await import('./worker.ts');
export default processBatch;
