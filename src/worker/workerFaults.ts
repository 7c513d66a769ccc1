// Test-only: a worker started under the `workerFaults` test setting (testSettings.ts) can be made
// to die silently, hang or throw, so the end-to-end tests can check the page recovers. The page
// asks for a fault through a DOM event, so nothing in the normal protocol (or a share link) can.
import { isRecord } from './isRecord.ts';

export type WorkerFault = 'exit' | 'hang' | 'throw';
export const FAULT_WORKER_NAME = 'chaosgen-engine-test-faults';
/** Dispatched on window with the fault as `detail`. */
export const FAULT_EVENT = 'chaosgen:test:worker-fault';

export function isWorkerFault(x: unknown): x is WorkerFault {
  return x === 'exit' || x === 'hang' || x === 'throw';
}

export function faultMessage(fault: WorkerFault): { readonly type: 'test-fault'; readonly fault: WorkerFault } {
  return { type: 'test-fault', fault };
}

export function readFault(data: unknown): WorkerFault | undefined {
  return isRecord(data) && data.type === 'test-fault' && isWorkerFault(data.fault) ? data.fault : undefined;
}
