import { buildFunctions } from '../../scripts/build-functions';

/** Integration tests run the same bundles that deploy: build them once per test run. */
export default async function globalSetup(): Promise<void> {
  await buildFunctions({ quiet: true });
}
