// The SCSS compiles to WXSS, which knows class, id, element and ::before/::after selectors only: WeChat's wcsc
// rejects a universal selector (`* `, `> *`) outright, and attribute selectors do not match in the mini-program.
/** @type {import('stylelint').Config} */
export default {
  customSyntax: 'postcss-scss',
  rules: {
    'selector-max-universal': [0, { message: 'WXSS has no universal selector: name the children with a class' }],
    'selector-max-attribute': [0, { message: 'WXSS has no attribute selectors: use a modifier class' }],
  },
};
