// Bundles each cloudfunctions/<name>/main.ts with server/ and core/ into the folder's index.js (the deploy unit).
// Only wx-server-sdk stays external: the platform installs it from the folder's package.json.
import { build } from 'esbuild';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..');
const functionsRoot = join(root, 'cloudfunctions');

export function functionNames(): string[] {
  return readdirSync(functionsRoot).filter((name) => existsSync(join(functionsRoot, name, 'main.ts')));
}

export async function buildFunctions({ quiet = false } = {}): Promise<{ name: string; bytes: number }[]> {
  const started = Date.now();
  const results = [];
  for (const name of functionNames()) {
    const outfile = join(functionsRoot, name, 'index.js');
    await build({
      entryPoints: [join(functionsRoot, name, 'main.ts')],
      bundle: true,
      platform: 'node',
      // The runtime every function is created with (README: Deploying; cloudbaserc.json): Nodejs18.15.
      target: 'node18',
      format: 'cjs',
      external: ['wx-server-sdk'],
      outfile,
      logLevel: 'warning',
      // Shipped code keeps its licences: esbuild gathers them into index.js.LEGAL.txt beside the bundle.
      legalComments: 'external',
    });
    results.push({ name, bytes: statSync(outfile).size });
  }
  if (!quiet) {
    for (const { name, bytes } of results) console.log(`cloudfunctions/${name}/index.js  ${(bytes / 1024).toFixed(1)} KB`);
    console.log(`built ${results.length} function(s) in ${Date.now() - started} ms`);
  }
  return results;
}

if (require.main === module) {
  buildFunctions().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
