import path from 'node:path';
import { defineConfig } from '@tarojs/cli';
import type { UserConfigExport } from '@tarojs/cli';
import devConfig from './dev';
import prodConfig from './prod';

const root = path.resolve(__dirname, '..');
// core/ lives beside src/ and is TypeScript: both targets must run it through babel. zod ships ES2020 (`??`, `?.`):
// babel brings it down too, so the mini-program parses on WeChat's runtime without WeChat re-transpiling on upload.
const compile = { include: [path.join(root, 'core'), path.join(root, 'node_modules', 'zod')] };

export default defineConfig<'webpack5'>(async (merge) => {
  const isH5 = process.env.TARO_ENV === 'h5';
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'zhenggaitong',
    date: '2025-11-30',
    // Styles are written in CSS pixels of a 375-wide phone (WeUI's own units).
    designWidth: 375,
    deviceRatio: { 375: 2, 640: 2.34 / 2, 750: 1, 828: 1.81 / 2 },
    sourceRoot: 'src',
    // Each target empties its own output root, so they must differ.
    outputRoot: isH5 ? 'dist-h5' : 'dist',
    plugins: [],
    defineConstants: {
      // Empty means the mini-program's default cloud environment.
      CLOUD_ENV: JSON.stringify(process.env.TARO_APP_CLOUD_ENV ?? ''),
    },
    alias: { '@': path.join(root, 'src') },
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    mini: {
      compile,
      optimizeMainPackage: { enable: true },
      // Each component's classes carry its own zg- prefix, so stylesheet order between chunks does not matter.
      miniCssExtractPluginOption: { ignoreOrder: true },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false },
      },
    },
    h5: {
      compile,
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      // Taro splits only initial chunks, so every page (an async chunk) carried its own copy of zod, swiper and the
      // shared components: let webpack share modules between page chunks too.
      webpackChain(chain) {
        chain.optimization.splitChunks({ ...chain.optimization.get('splitChunks'), chunks: 'all', minSize: 20_000 });
      },
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[contenthash:8].js',
      },
      imageUrlLoaderOption: { name: 'static/images/[name].[contenthash:8][ext]' },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false },
      },
    },
  };
  return merge({}, baseConfig, process.env.NODE_ENV === 'development' ? devConfig : prodConfig);
});
