export default definePageConfig({ navigationBarTitleText: '整改情况公示', enablePullDownRefresh: false });
