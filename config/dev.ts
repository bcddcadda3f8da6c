import type { UserConfigExport } from '@tarojs/cli';

export default {
  logger: { quiet: false, stats: true },
  mini: {},
  // Fast refresh needs packages the project does not install; development builds reload instead.
  h5: { devServer: { hot: false } },
} satisfies UserConfigExport<'webpack5'>;
