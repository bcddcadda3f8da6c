// babel-preset-taro compiles src/ (and core/, see config) for both targets.
// hot: false — no React fast refresh in development builds (its packages are not installed; the dev server serves built files).
module.exports = {
  presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5', hot: false }]],
};
