// A tiny promise wrapper over one IndexedDB object store: what the draft store needs for texts
// localStorage cannot hold (its quota is ~5 MB per origin; IndexedDB's is a share of the disk).
// Written here rather than taken from a package: three calls do not justify a dependency.
//
// Every failure — no IndexedDB, a blocked open, a quota abort, a throw on a stubbed method —
// ends as a rejected promise carrying the browser's error, so callers classify it in one place.

/** The part of IndexedDB the draft store uses (an in-memory fake in unit tests). */
export interface KeyValueDb {
  get(key: string): Promise<unknown>;
  /** Resolves once the transaction has committed, so "saved" means saved. */
  set(key: string, value: string): Promise<void>;
  delete(key: string): Promise<void>;
}

const STORE = 'kv';

export function indexedDbKeyValue(factory: IDBFactory, dbName: string): KeyValueDb {
  let opened: Promise<IDBDatabase> | undefined;
  const open = (): Promise<IDBDatabase> =>
    (opened ??= new Promise<IDBDatabase>((resolve, reject) => {
      const request = factory.open(dbName, 1);
      request.onupgradeneeded = () => {
        if (!request.result.objectStoreNames.contains(STORE)) request.result.createObjectStore(STORE);
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened'));
      request.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
    }));

  function run<T>(mode: IDBTransactionMode, use: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
    return open().then(
      (db) =>
        new Promise<T>((resolve, reject) => {
          const tx = db.transaction(STORE, mode);
          const request = use(tx.objectStore(STORE));
          // Resolve on commit, not on the request's success: a write can still abort (quota).
          tx.oncomplete = () => resolve(request.result);
          tx.onerror = () => reject(tx.error ?? request.error ?? new Error('IndexedDB request failed'));
          tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
        }),
    );
  }

  return {
    get: (key) => run('readonly', (s) => s.get(key) as IDBRequest<unknown>),
    set: (key, value) => run('readwrite', (s) => s.put(value, key)).then(() => undefined),
    delete: (key) => run('readwrite', (s) => s.delete(key)).then(() => undefined),
  };
}
