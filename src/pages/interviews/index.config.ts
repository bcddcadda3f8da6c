export default definePageConfig({
  navigationBarTitleText: '约谈',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
  onReachBottomDistance: 200,
});
