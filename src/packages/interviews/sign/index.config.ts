// Signing: the page must not scroll under the finger, and may turn sideways for a wider pad.
export default definePageConfig({
  navigationBarTitleText: '签字',
  disableScroll: true,
  enablePullDownRefresh: false,
  pageOrientation: 'auto',
});
