/**
 * A pool thread: runs the tasks the main thread sends (tasks.ts) one at a time and answers with
 * their output, or with the message of what went wrong.
 */
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import type { Reply, WorkerSettings } from './pool.ts';
import { runTask, type TaskName } from './tasks.ts';

const port = parentPort;
if (!port) throw new Error('worker.ts runs as a worker thread');
const { niceness } = workerData as WorkerSettings;
// On Linux a thread has its own nice value, and the processes it starts inherit it; on other
// systems setting it would lower the whole process (see PoolOptions.niceness).
if (niceness > 0 && process.platform === 'linux') {
  try {
    setPriority(niceness);
  } catch {
    // Not allowed here (a sandbox): the thread runs at the process's priority.
  }
}
port.on('message', async (message: { id: number; name: TaskName; input: unknown }) => {
  let reply: Reply;
  try {
    reply = { id: message.id, output: await runTask(message.name, message.input as never) };
  } catch (error) {
    reply = { id: message.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  port.postMessage(reply);
});
