export default definePageConfig({ navigationBarTitleText: '约谈记录', enablePullDownRefresh: true, backgroundTextStyle: 'dark' });
