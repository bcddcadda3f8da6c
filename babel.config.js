// babel-preset-taro compiles src/ (and core/, see config) for both targets.
module.exports = {
  presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5' }]],
};
