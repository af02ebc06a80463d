/**
 * The pool task that indexes shards of search records (index.ts) in a worker thread: watch mode
 * refreshes its search index there, in a thread of low priority, so that Pagefind (a process the
 * thread starts, of the same priority) and the messages to it do not slow a save's page.
 */
import type { OutputFile } from '../write/site.ts';
import { buildShardIndexes, type Shard } from './index.ts';

export interface SearchTaskInput {
  shards: Shard[];
  language: string;
}

export function run(input: SearchTaskInput): Promise<OutputFile[]> {
  return buildShardIndexes(input.shards, { language: input.language });
}
