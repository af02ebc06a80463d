/**
 * A pool thread: runs the tasks the main thread sends (tasks.ts) one at a time and answers with
 * their output, or with the message of what went wrong.
 */
import { parentPort } from 'node:worker_threads';
import type { Reply } from './pool.ts';
import { runTask, type TaskName } from './tasks.ts';

const port = parentPort;
if (!port) throw new Error('worker.ts runs as a worker thread');
port.on('message', async (message: { id: number; name: TaskName; input: unknown }) => {
  let reply: Reply;
  try {
    reply = { id: message.id, output: await runTask(message.name, message.input as never) };
  } catch (error) {
    reply = { id: message.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  port.postMessage(reply);
});
