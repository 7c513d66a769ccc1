// Vite recognises this exact `new Worker(new URL(…, import.meta.url))` shape and bundles the
// worker (with the engine) as its own chunk, so the engine is not in the page's first download.
import type { WorkerPort } from './client.ts';

export function createEngineWorker(): WorkerPort {
  const worker = new Worker(new URL('./engineWorker.ts', import.meta.url), { type: 'module', name: 'chaosgen-engine' });
  const port: WorkerPort = {
    postMessage: (message) => worker.postMessage(message),
    terminate: () => worker.terminate(),
    onmessage: null,
    onerror: null,
  };
  worker.onmessage = (event: MessageEvent<unknown>) => port.onmessage?.({ data: event.data });
  worker.onerror = (event) => {
    event.preventDefault(); // handled: the client restarts the worker and tells the user
    port.onerror?.({ message: event.message || 'the generator stopped unexpectedly' });
  };
  worker.onmessageerror = () => port.onerror?.({ message: 'a message from the generator could not be read' });
  return port;
}
