// The playground's entry, kept tiny: it starts the engine worker first, so the worker's download,
// compilation and start-up run while the app (React, CodeMirror, the charts) is still being
// fetched and evaluated, then loads the app and hands it that worker.
import { createEngineWorker } from './worker/createEngineWorker.ts';
import { preparedWorkers } from './worker/preparedWorkers.ts';
import { showLoadFailure } from './ui/loadFailure.ts';
import './ui/app.css';

const workers = preparedWorkers(createEngineWorker);
import('./startApp.tsx').then(
  ({ startApp }) => startApp(workers),
  (error: unknown) => showLoadFailure(document.getElementById('root'), error),
);
