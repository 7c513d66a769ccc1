// The worker entry: wires messages to the engine host and nothing else. Requests come only from
// our own EngineClient on the page, so they are not re-validated here.
import { createEngineHost } from './engineHost.ts';
import type { WorkerRequest } from './protocol.ts';
import { FAULT_WORKER_NAME, readFault } from './workerFaults.ts';

/** The part of DedicatedWorkerGlobalScope used here (the project compiles against the DOM lib,
 * which cannot be mixed with the WebWorker lib in one program). */
interface WorkerScope {
  readonly name: string;
  postMessage(message: unknown, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  close(): void;
}

const scope = self as unknown as WorkerScope;
const host = createEngineHost((response, transfer) => scope.postMessage(response, transfer));
// Test-only faults, honoured only by a worker the page started under the test flag.
const faultsAllowed = scope.name === FAULT_WORKER_NAME;

scope.onmessage = (event) => {
  const fault = faultsAllowed ? readFault(event.data) : undefined;
  switch (fault) {
    case 'exit':
      return scope.close(); // dies without an error event: only the page's watchdog can tell
    case 'hang':
      for (;;); // stops answering, as a worker stuck in a loop would
    case 'throw':
      throw new Error('test fault: the worker threw');
    case undefined:
      return host.handle(event.data as WorkerRequest);
  }
};
