export type PersistStatus = 'persisted' | 'not-persisted' | 'unsupported';

export async function persistenceStatus(): Promise<PersistStatus> {
  if (!navigator.storage?.persisted) return 'unsupported';
  return (await navigator.storage.persisted()) ? 'persisted' : 'not-persisted';
}

/** Asks the browser not to evict the progress under storage pressure; some browsers ask the user. */
export async function requestPersistence(): Promise<PersistStatus> {
  if (!navigator.storage?.persist) return 'unsupported';
  try {
    return (await navigator.storage.persist()) ? 'persisted' : 'not-persisted';
  } catch {
    return 'not-persisted';
  }
}
