// Vite recognises this exact `new Worker(new URL(…, import.meta.url))` shape and bundles the
// worker (with the engine) as its own chunk, so the engine is not in the page's first download.
import type { WorkerPort } from './client.ts';
import { pageTestSettings } from './testSettings.ts';
import { FAULT_EVENT, FAULT_WORKER_NAME, faultMessage, isWorkerFault } from './workerFaults.ts';

export function createEngineWorker(): WorkerPort {
  const faults = pageTestSettings().workerFaults === true;
  const worker = new Worker(new URL('./engineWorker.ts', import.meta.url), { type: 'module', name: faults ? FAULT_WORKER_NAME : 'chaosgen-engine' });
  const onFault = (event: Event): void => {
    const fault = event instanceof CustomEvent ? (event.detail as unknown) : undefined;
    if (isWorkerFault(fault)) worker.postMessage(faultMessage(fault));
  };
  if (faults) addEventListener(FAULT_EVENT, onFault);
  const port: WorkerPort = {
    postMessage: (message) => worker.postMessage(message),
    terminate: () => {
      removeEventListener(FAULT_EVENT, onFault);
      worker.terminate();
    },
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
