export default definePageConfig({ navigationBarTitleText: '权限变更记录', enablePullDownRefresh: true });
