// The playground's entry, kept tiny: it starts the engine worker first, so the worker's download,
// compilation and start-up run while the app (React, the charts) is still being fetched
// (index.html preloads it). It then reads the opening text (link, draft or example) and sends it
// to the worker as soon as it is certain, so the first run is generated while the app's code is
// evaluated; it hands the app the worker and the opening.
//
// A worker that is still starting needs the page's main thread twice: to fetch its script, and
// to be forwarded the messages sent to it meanwhile. A long evaluation there would hold both
// back (a 500-metric link's first run then started only after it), so the app's code is
// evaluated once the worker has said it has the first run (WORKER_WAIT_MS at most). The app then
// renders once that run's answer is in (RESULT_WAIT_MS at most), so its first render already
// has the charts instead of laying out the page twice.
import { createEngineWorker } from './worker/createEngineWorker.ts';
import { preparedWorkers } from './worker/preparedWorkers.ts';
import { openDocument } from './opening.ts';
import { showLoadFailure } from './ui/loadFailure.ts';
import './ui/app.css';

/** The longest the app's code waits for a slow worker to take its first run. */
const WORKER_WAIT_MS = 400;
/** The longest the app's first render waits for the first run's answer. */
const RESULT_WAIT_MS = 300;

const workers = preparedWorkers(createEngineWorker);
let primed = false;
const { ready, opening } = openDocument((text) => {
  workers.prime(text);
  primed = true;
  return workers.firstAnswer;
});
ready
  .then(() => (primed ? workers.heard(WORKER_WAIT_MS) : undefined))
  .then(() => import('./startApp.tsx'))
  .then(async ({ startApp }) => {
    if (primed) await workers.answered(RESULT_WAIT_MS);
    startApp(workers, await opening);
  })
  .catch((error: unknown) => showLoadFailure(document.getElementById('root'), error));
