// The worker entry: wires messages to the engine host and nothing else. Requests come only from
// our own EngineClient on the page, so they are not re-validated here.
import { createEngineHost } from './engineHost.ts';
import type { WorkerRequest } from './protocol.ts';

/** The part of DedicatedWorkerGlobalScope used here (the project compiles against the DOM lib,
 * which cannot be mixed with the WebWorker lib in one program). */
interface WorkerScope {
  postMessage(message: unknown, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
}

const scope = self as unknown as WorkerScope;
const host = createEngineHost((response, transfer) => scope.postMessage(response, transfer));

scope.onmessage = (event) => host.handle(event.data);
