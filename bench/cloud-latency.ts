// The cloud's distance, for the `*_latency20` figures: from a cloud function, a round trip to the WeChat cloud
// database or storage costs roughly 10–30 ms, where the local cloud answers in about 2 ms. A fault rule per service
// adds 20 ms to every database and storage request, so wall times follow what a unit's users wait and what it is billed.
import type { Emulator } from '../emulator';

export const CLOUD_LATENCY_MS = 20;

/** Adds the latency to every database and storage request of `cloud`; answers how to take it away again. */
export function addCloudLatency(cloud: Emulator): () => void {
  const ids = ['database', 'storage'].map((service) => cloud.faults.add({ match: { service }, reply: { latencyMs: CLOUD_LATENCY_MS } }));
  return () => {
    for (const id of ids) cloud.faults.remove(id);
  };
}

/** Measures `figures` on the local cloud as it is, then again with the cloud's latency, suffixed `_latency20`. */
export async function withAndWithoutLatency(cloud: Emulator, figures: () => Promise<Record<string, number>>): Promise<Record<string, number>> {
  const local = await figures();
  const removeLatency = addCloudLatency(cloud);
  try {
    const distant = await figures();
    return { ...local, ...Object.fromEntries(Object.entries(distant).map(([key, value]) => [`${key}_latency${CLOUD_LATENCY_MS}`, value])) };
  } finally {
    removeLatency();
  }
}
